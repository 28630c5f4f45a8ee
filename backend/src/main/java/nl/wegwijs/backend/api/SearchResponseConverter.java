package nl.wegwijs.backend.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import nl.wegwijs.index.FacetCount;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the body of GET /api/v1/search with Jackson's streaming generator instead of its bean
 * serializer: the same bytes as the application's JsonMapper writes for the record (checked by
 * SearchResponseConverterTests over every judged query), without the per-request serializer lookup
 * and type resolution of Spring's Jackson converter, with the property names encoded once. The
 * body is built in memory first, so it goes out with a Content-Length in one write: at ~8.5 KB it is
 * larger than Tomcat's 8 KB output buffer, which otherwise sends it chunked in two writes.
 */
final class SearchResponseConverter extends AbstractHttpMessageConverter<SearchResponse> {

    private static final SerializedString QUERY = new SerializedString("query");
    private static final SerializedString TOTAL = new SerializedString("total");
    private static final SerializedString PAGE = new SerializedString("page");
    private static final SerializedString SIZE = new SerializedString("size");
    private static final SerializedString HITS = new SerializedString("hits");
    private static final SerializedString FACETS = new SerializedString("facets");
    private static final SerializedString SUGGESTION = new SerializedString("suggestion");
    private static final SerializedString EXPANSIONS = new SerializedString("expansions");
    private static final SerializedString PLACE = new SerializedString("place");
    private static final SerializedString PLACE_FALLBACK = new SerializedString("placeFallback");
    private static final SerializedString TOTAL_IS_LOWER_BOUND = new SerializedString("totalIsLowerBound");
    private static final SerializedString FACET_COUNTS_ESTIMATED = new SerializedString("facetCountsEstimated");
    private static final SerializedString ID = new SerializedString("id");
    private static final SerializedString NAME = new SerializedString("name");
    private static final SerializedString KIND = new SerializedString("kind");
    private static final SerializedString SUMMARY = new SerializedString("summary");
    private static final SerializedString SNIPPET = new SerializedString("snippet");
    private static final SerializedString REGION = new SerializedString("region");
    private static final SerializedString SCORE = new SerializedString("score");
    private static final SerializedString DISTANCE_KM = new SerializedString("distanceKm");
    private static final SerializedString VALUE = new SerializedString("value");
    private static final SerializedString COUNT = new SerializedString("count");

    /** Room for a typical page of ten hits with facets, so the buffer rarely grows. */
    private static final int INITIAL_BUFFER = 16 * 1024;

    private final JsonMapper json;

    SearchResponseConverter(JsonMapper json) {
        super(MediaType.APPLICATION_JSON);
        this.json = json;
    }

    @Override
    protected boolean supports(Class<?> type) {
        return type == SearchResponse.class;
    }

    @Override
    public boolean canRead(Class<?> type, @Nullable MediaType mediaType) {
        return false;
    }

    @Override
    protected SearchResponse readInternal(Class<? extends SearchResponse> type, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("A search response is never read", input);
    }

    @Override
    protected void writeInternal(SearchResponse response, HttpOutputMessage output) throws IOException {
        byte[] body = bytes(response);
        output.getHeaders().setContentLength(body.length);
        output.getBody().write(body);
    }

    byte[] bytes(SearchResponse r) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(INITIAL_BUFFER);
        try (JsonGenerator g = json.createGenerator(buffer)) {
            g.writeStartObject();
            g.writeName(QUERY);
            g.writeString(r.query());
            g.writeName(TOTAL);
            g.writeNumber(r.total());
            g.writeName(PAGE);
            g.writeNumber(r.page());
            g.writeName(SIZE);
            g.writeNumber(r.size());
            g.writeName(HITS);
            g.writeStartArray();
            for (SearchResponse.Hit hit : r.hits()) {
                hit(g, hit);
            }
            g.writeEndArray();
            g.writeName(FACETS);
            facets(g, r.facets());
            g.writeName(SUGGESTION);
            nullable(g, r.suggestion());
            g.writeName(EXPANSIONS);
            g.writeStartArray();
            for (String expansion : r.expansions()) {
                g.writeString(expansion);
            }
            g.writeEndArray();
            g.writeName(PLACE);
            nullable(g, r.place());
            // Only when set (NON_NULL on the record): a search as asked has the body it always had.
            if (r.placeFallback() != null) {
                g.writeName(PLACE_FALLBACK);
                g.writeString(r.placeFallback());
            }
            // Only when true (NON_DEFAULT on the record): exactly counted bodies are unchanged.
            if (r.totalIsLowerBound()) {
                g.writeName(TOTAL_IS_LOWER_BOUND);
                g.writeBoolean(true);
            }
            if (r.facetCountsEstimated()) {
                g.writeName(FACET_COUNTS_ESTIMATED);
                g.writeBoolean(true);
            }
            g.writeEndObject();
        }
        return buffer.toByteArray();
    }

    private static void hit(JsonGenerator g, SearchResponse.Hit hit) {
        g.writeStartObject();
        property(g, ID, hit.id());
        property(g, NAME, hit.name());
        property(g, KIND, hit.kind());
        property(g, SUMMARY, hit.summary());
        property(g, SNIPPET, hit.snippet());
        property(g, REGION, hit.region());
        g.writeName(SCORE);
        g.writeNumber(hit.score());
        g.writeName(DISTANCE_KM);
        if (hit.distanceKm() == null) {
            g.writeNull();
        } else {
            g.writeNumber(hit.distanceKm().doubleValue());
        }
        g.writeEndObject();
    }

    private static void facets(JsonGenerator g, Map<String, List<FacetCount>> facets) {
        g.writeStartObject();
        for (Map.Entry<String, List<FacetCount>> dim : facets.entrySet()) {
            g.writeName(dim.getKey());
            g.writeStartArray();
            for (FacetCount count : dim.getValue()) {
                g.writeStartObject();
                property(g, VALUE, count.value());
                g.writeName(COUNT);
                g.writeNumber(count.count());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void property(JsonGenerator g, SerializableString name, String value) {
        g.writeName(name);
        g.writeString(value);
    }

    private static void nullable(JsonGenerator g, @Nullable String value) {
        if (value == null) {
            g.writeNull();
        } else {
            g.writeString(value);
        }
    }
}
