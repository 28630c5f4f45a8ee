package nl.wegwijs.backend.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Waiting time, capacity and reachability, each fact with the day it was checked. */
@Embeddable
public record Availability(
        @Column(name = "waiting_time") @Nullable String waitingTime,
        @Column(name = "waiting_time_checked_on") @Nullable LocalDate waitingTimeCheckedOn,
        @Column(name = "capacity") @Nullable String capacity,
        @Column(name = "capacity_checked_on") @Nullable LocalDate capacityCheckedOn,
        @Column(name = "reachability") @Nullable String reachability,
        @Column(name = "emergency_line_24h") @Nullable Boolean emergencyLine24h) {

    public static final Availability UNKNOWN = new Availability(null, null, null, null, null, null);
}
