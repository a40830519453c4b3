package dev.camelclado.component.watch;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.IntFunction;

import dev.camelclado.component.model.PersonResult;

/**
 * The results of an ended deep-research job, one page at a time: each page is read only when the iteration
 * reaches it (a paid read in mpp mode), so a route can stream a large job with {@code split(...).streaming()}
 * and stop early without paying for the rest.
 */
public final class ResultPages implements Iterable<List<PersonResult>> {

    private final String jobId;
    private final int totalResults;
    private final int pageSize;
    private final IntFunction<List<PersonResult>> pageReader;

    /**
     * @param pageReader reads one 1-based page; it throws the read's typed error, which ends the iteration with it
     */
    public ResultPages(String jobId, int totalResults, int pageSize, IntFunction<List<PersonResult>> pageReader) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1, was " + pageSize);
        }
        this.jobId = jobId;
        this.totalResults = Math.max(0, totalResults);
        this.pageSize = pageSize;
        this.pageReader = pageReader;
    }

    public String getJobId() {
        return jobId;
    }

    public int getTotalResults() {
        return totalResults;
    }

    public int getPageSize() {
        return pageSize;
    }

    public int getPageCount() {
        return (totalResults + pageSize - 1) / pageSize;
    }

    @Override
    public Iterator<List<PersonResult>> iterator() {
        return new Iterator<>() {
            private int next = 1;

            @Override
            public boolean hasNext() {
                return next <= getPageCount();
            }

            @Override
            public List<PersonResult> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("job " + jobId + " has " + getPageCount() + " pages");
                }
                return pageReader.apply(next++);
            }
        };
    }

    @Override
    public String toString() {
        return "ResultPages[" + jobId + ", " + totalResults + " results in " + getPageCount() + " pages of " + pageSize
               + "]";
    }
}
