package nl.wegwijs.backend.guide;

import java.util.List;
import nl.wegwijs.index.SearchHit;
import org.jspecify.annotations.Nullable;

/**
 * The guide's answer: the door, the local places to ask (wijkteam, CJG, loket near the municipality)
 * and entries that help with the situation; {@code place} is the municipality as recognised, or null.
 */
public record GuideAnswer(Door door, @Nullable String place, List<SearchHit> localDoors, List<SearchHit> helpful) {

    public GuideAnswer {
        localDoors = List.copyOf(localDoors);
        helpful = List.copyOf(helpful);
    }
}
