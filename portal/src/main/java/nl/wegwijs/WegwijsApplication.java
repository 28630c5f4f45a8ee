package nl.wegwijs;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Wegwijs: the catalogue, its search and the portal in one application. Lives in the root package so scanning reaches every module. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/wegwijs.css")
public class WegwijsApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(WegwijsApplication.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
        settings.addMetaTag("description", "Wegwijs: alle hulp voor gezinnen met een kind dat veel zorg nodig heeft, op één plek.");
    }
}
