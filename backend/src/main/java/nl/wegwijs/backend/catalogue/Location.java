package nl.wegwijs.backend.catalogue;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A place where an entry is offered (HSDS location and service_at_location in one row). */
@Entity
@Table(name = "location")
public class Location {

    @Id
    private UUID id;

    private @Nullable String name;
    private @Nullable String addressLine;
    private @Nullable String postcode;
    private @Nullable String city;
    private @Nullable String municipality;
    private @Nullable Double latitude;
    private @Nullable Double longitude;

    protected Location() {}

    public Location(@Nullable String city, @Nullable String municipality, @Nullable Double latitude, @Nullable Double longitude) {
        this.id = UUID.randomUUID();
        this.city = city;
        this.municipality = municipality;
        setCoordinates(latitude, longitude);
    }

    public void setCoordinates(@Nullable Double latitude, @Nullable Double longitude) {
        if ((latitude == null) != (longitude == null)) {
            throw new IllegalArgumentException("Latitude and longitude go together");
        }
        if (latitude != null && (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180)) {
            throw new IllegalArgumentException("Coordinates out of range");
        }
        this.latitude = latitude;
        this.longitude = longitude;
    }

    public UUID getId() { return id; }
    public @Nullable String getName() { return name; }
    public void setName(@Nullable String name) { this.name = name; }
    public @Nullable String getAddressLine() { return addressLine; }
    public void setAddressLine(@Nullable String addressLine) { this.addressLine = addressLine; }
    public @Nullable String getPostcode() { return postcode; }
    public void setPostcode(@Nullable String postcode) { this.postcode = postcode; }
    public @Nullable String getCity() { return city; }
    public @Nullable String getMunicipality() { return municipality; }
    public @Nullable Double getLatitude() { return latitude; }
    public @Nullable Double getLongitude() { return longitude; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Location other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Location.class.hashCode();
    }
}
