package nl.wegwijs.backend;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The backend on its own, as the portal's application assembles it, for the backend's tests. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class BackendTestApplication {}
