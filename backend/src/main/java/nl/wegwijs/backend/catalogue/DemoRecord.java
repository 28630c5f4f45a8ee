package nl.wegwijs.backend.catalogue;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One line of the demo catalogue file, as written from the source documents. */
@JsonIgnoreProperties(ignoreUnknown = true)
record DemoRecord(
        String id,
        String name,
        String kind,
        @Nullable List<String> categories,
        @Nullable String region,
        @Nullable String audience,
        @Nullable List<String> funding,
        @Nullable String url,
        @Nullable String email,
        @Nullable String phone,
        @Nullable String summary,
        @JsonProperty("summary_en") @Nullable String summaryEn,
        @Nullable List<Source> sources) {

    record Source(String document, @Nullable String lines) {}
}
