package nl.wegwijs.backend.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 for API callers as RFC 9457 problem+json, in Dutch, or English with Accept-Language: en. */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ResourceBundleMessageSource texts = new ResourceBundleMessageSource();
    private final JsonMapper json = JsonMapper.builder().build();

    ProblemResponses() {
        texts.setBasename("editorial-messages");
        texts.setDefaultEncoding("UTF-8");
        texts.setFallbackToSystemLocale(false);
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"wegwijs\"");
        write(request, response, 401, "security.unauthenticated", "https://wegwijs.nl/problems/unauthenticated");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, 403, "security.forbidden", "https://wegwijs.nl/problems/forbidden");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, int status, String key, String type)
            throws IOException {
        // Without Accept-Language the container reports the JVM's locale (often English); the API
        // speaks Dutch unless the caller asks for English, as ApiProblemHandler does.
        boolean english = request.getHeader("Accept-Language") != null && request.getLocale().getLanguage().equals("en");
        Locale locale = english ? Locale.ENGLISH : Locale.of("nl");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("title", texts.getMessage(key + ".title", null, locale));
        body.put("status", status);
        body.put("detail", texts.getMessage(key, null, locale));
        body.put("instance", request.getRequestURI());
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(body));
    }
}
