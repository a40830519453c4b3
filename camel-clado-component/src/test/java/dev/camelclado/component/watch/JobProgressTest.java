package dev.camelclado.component.watch;

import org.junit.jupiter.api.Test;

import dev.camelclado.component.model.BulkContactsStatus;
import dev.camelclado.component.model.CladoModels;
import dev.camelclado.component.model.DeepResearchStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class JobProgressTest {

    private static <T> T read(String json, Class<T> type) throws Exception {
        return CladoModels.read(CladoModels.MAPPER.readTree(json), type);
    }

    @Test
    void searchChunksGiveTheMiddleOfWhatARoundedDownCounterMeans() throws Exception {
        DeepResearchStatus job = read("{\"job_id\":\"j\",\"status\":\"searching\",\"search_chunk_done\":3,"
                + "\"search_chunk_total\":10,\"final_results_count\":0}", DeepResearchStatus.class);
        JobProgress progress = JobProgress.of(job, new JobWatch("j", JobKind.DEEP_RESEARCH));
        assertThat(progress.fraction()).isCloseTo(0.35, within(1e-9));
        assertThat(progress.figures()).containsEntry("searchChunkDone", 3).containsEntry("searchChunkTotal", 10)
                .containsEntry("resultsFound", 0);
        assertThat(progress.key()).isEqualTo("searching;searchChunkDone=3;searchChunkTotal=10;resultsFound=0");
    }

    @Test
    void processingNeedsTheLimitTheJobWasStartedWith() throws Exception {
        DeepResearchStatus job = read("{\"job_id\":\"j\",\"status\":\"processing\",\"search_chunk_done\":10,"
                + "\"search_chunk_total\":10,\"final_results_count\":25}", DeepResearchStatus.class);
        JobWatch unknownLimit = new JobWatch("j", JobKind.DEEP_RESEARCH);
        assertThat(JobProgress.of(job, unknownLimit).fraction()).isNull();
        JobWatch continued = new JobWatch("j", JobKind.DEEP_RESEARCH);
        continued.setResultBase(20);
        continued.setResultTarget(30);
        assertThat(JobProgress.of(job, continued).fraction()).isCloseTo(0.55, within(1e-9));
        assertThat(JobProgress.of(job, continued).results()).isEqualTo(25);
    }

    @Test
    void bulkProgressIsProcessedOfTotal() throws Exception {
        BulkContactsStatus job = read("{\"job_id\":\"b\",\"status\":\"processing\",\"total_urls\":4,\"processed\":4,"
                + "\"successful\":3,\"failed\":1}", BulkContactsStatus.class);
        JobProgress progress = JobProgress.of(job, new JobWatch("b", JobKind.BULK_CONTACTS));
        assertThat(progress.fraction()).isEqualTo(1.0);
        assertThat(progress.key()).isEqualTo("processing;processed=4;totalUrls=4;successful=3;failed=1");
    }
}
