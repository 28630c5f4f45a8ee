package nl.wegwijs.backend.interop;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Interop settings.
 *
 * @param maxUpload the largest import file accepted (HSDS or CSV); larger uploads get a 413
 * @param hsdsPageSize the default number of records per page of {@code /api/hsds/*}
 */
@ConfigurationProperties("wegwijs.interop")
public record InteropSettings(@DefaultValue("5MB") DataSize maxUpload, @DefaultValue("50") int hsdsPageSize) {}
