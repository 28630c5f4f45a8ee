package nl.wegwijs.index;

import org.jspecify.annotations.Nullable;

/** One result; {@code snippet} is HTML-escaped text with the matched words in {@code <mark>}. */
public record SearchHit(
    String id,
    String name,
    String kind,
    String summary,
    String snippet,
    String region,
    float score,
    @Nullable Double distanceKm) {}
