package nl.wegwijs.backend.searching;

import java.io.IOException;
import nl.wegwijs.backend.base.WegwijsSettings;
import nl.wegwijs.index.CatalogueIndex;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one CatalogueIndex (one IndexWriter, one SearcherManager) of this JVM. */
@Configuration(proxyBeanMethods = false)
class IndexConfiguration {

    @Bean(destroyMethod = "close")
    CatalogueIndex catalogueIndex(WegwijsSettings settings) throws IOException {
        return CatalogueIndex.open(settings.indexDir());
    }
}
