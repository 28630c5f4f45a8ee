package nl.wegwijs.backend.tasks;

/** A second run of a kind that is running already: refused, never queued behind the first. */
public class TaskAlreadyRunningException extends RuntimeException {

    private final BackgroundTask running;

    TaskAlreadyRunningException(BackgroundTask running) {
        super("A " + running.kind() + " (" + running.label() + ") is running already");
        this.running = running;
    }

    public BackgroundTask running() {
        return running;
    }
}
