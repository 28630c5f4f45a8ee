package nl.wegwijs.backend.api;

import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The API's own message converter, ahead of the default ones so a search body never reaches the generic Jackson path. */
@Configuration(proxyBeanMethods = false)
class ApiWebConfiguration {

    @Bean
    ServerHttpMessageConvertersCustomizer searchResponseConverter(JsonMapper json) {
        SearchResponseConverter converter = new SearchResponseConverter(json);
        return builder -> builder.addCustomConverter(converter);
    }
}
