package nl.wegwijs.backend.tasks;

/** How a worker reports how far it is. Thread-safe. */
public interface TaskProgress {

    /** For work nobody follows. */
    TaskProgress NONE = new TaskProgress() {
        @Override
        public void total(long total) {}

        @Override
        public void done(long done) {}
    };

    /** The number of steps, once known. */
    void total(long total);

    /** The number of steps done so far. */
    void done(long done);
}
