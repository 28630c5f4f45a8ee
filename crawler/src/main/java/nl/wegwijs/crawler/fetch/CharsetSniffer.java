package nl.wegwijs.crawler.fetch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Picks the charset of an HTML body in the order of the WHATWG encoding-sniffing algorithm (HTML §13.2.3.2):
 * byte-order mark, then the Content-Type header, then a {@code <meta>} in the first 1024 bytes, then a guess.
 */
public final class CharsetSniffer {

    /** HTML §13.2.3.2 asks to prescan only the first 1024 bytes for a meta charset. */
    private static final int PRESCAN_BYTES = 1024;

    private static final Pattern HEADER_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CharsetSniffer() {}

    public static Charset detect(@Nullable String contentType, byte[] body) {
        Charset bom = fromBom(body);
        if (bom != null) {
            return bom;
        }
        if (contentType != null) {
            Charset header = charsetOf(HEADER_CHARSET.matcher(contentType));
            if (header != null) {
                return header;
            }
        }
        String head = new String(body, 0, Math.min(PRESCAN_BYTES, body.length), StandardCharsets.ISO_8859_1);
        Charset meta = charsetOf(META_CHARSET.matcher(head));
        if (meta != null) {
            return meta;
        }
        // No label at all: valid UTF-8 is almost never accidental; otherwise Dutch sites are nearly always cp1252.
        return isValidUtf8(body) ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }

    /**
     * Maps a label to a charset the WHATWG way: latin1 and ascii labels mean windows-1252 (Encoding Standard §4.2),
     * because real pages labelled ISO-8859-1 routinely use cp1252's curly quotes and euro sign in 0x80–0x9F.
     */
    static @Nullable Charset forLabel(String label) {
        String l = label.trim().toLowerCase(Locale.ROOT);
        if (l.equals("iso-8859-1") || l.equals("iso8859-1") || l.equals("latin1") || l.equals("l1")
                || l.equals("us-ascii") || l.equals("ascii") || l.equals("cp1252") || l.equals("windows-1252")) {
            return WINDOWS_1252;
        }
        if (l.equals("utf8") || l.equals("unicode-1-1-utf-8")) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(l);
        } catch (IllegalArgumentException unsupported) {
            return null;
        }
    }

    private static @Nullable Charset charsetOf(Matcher matcher) {
        return matcher.find() ? forLabel(matcher.group(1)) : null;
    }

    private static @Nullable Charset fromBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static boolean isValidUtf8(byte[] body) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
