package dev.camelclado.examples.springboot;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.springframework.stereotype.Component;

/** Told by the route when the research has ended, so the application can stop. */
@Component("researchDone")
public class ResearchDone {

    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile boolean succeeded;
    private volatile String jobId;

    public void completed(String jobId) {
        this.jobId = jobId;
        succeeded = true;
        ended.countDown();
    }

    public void failed() {
        ended.countDown();
    }

    public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        return ended.await(timeout, unit);
    }

    public boolean succeeded() {
        return succeeded;
    }

    /** The job that completed, or null. */
    public String jobId() {
        return jobId;
    }
}
