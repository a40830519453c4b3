package dev.camelclado.component.watch;

class MemoryJobWatchRepositoryTest extends JobWatchRepositoryContract {

    @Override
    JobWatchRepository repository() {
        return new MemoryJobWatchRepository();
    }
}
