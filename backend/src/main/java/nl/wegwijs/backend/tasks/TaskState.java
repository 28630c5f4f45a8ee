package nl.wegwijs.backend.tasks;

public enum TaskState {
    RUNNING,
    DONE,
    FAILED
}
