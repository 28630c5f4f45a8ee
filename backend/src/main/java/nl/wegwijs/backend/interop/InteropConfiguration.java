package nl.wegwijs.backend.interop;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/**
 * Interop's defaults (springdoc at /api-docs) ship with the feature, so every application that
 * contains the backend serves them; application.properties or the command line still override them.
 */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:interop.properties")
class InteropConfiguration {}
