package nl.wegwijs.backend.tasks;

/** Published on every step of a run (start, progress, end), so a listener can follow it without polling. */
public record BackgroundTaskChanged(BackgroundTask task) {}
