package nl.wegwijs.index;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A numeric operator setting read from a JVM system property on every search, parsed only when its
 * text changes. Reading it per search lets a comparison in one JVM switch it between rounds
 * (SearchProbe's -Dwegwijs.searchProbe.ab); parsing it per search made a malformed value fail every
 * search. A value that does not parse falls back to the default with one warning per distinct
 * value, since an operator's typo must not take search down. Public for the module's feature
 * packages (the index chain's switches), not part of the search contract.
 */
public final class JvmSetting<T> {
  private static final System.Logger LOG = System.getLogger(JvmSetting.class.getName());

  /** The last text seen and what it meant, swapped together so readers never see a torn pair. */
  private record Parsed<T>(@Nullable String text, T value) {}

  private final String property;
  private final T fallback;
  private final Function<String, T> parser;
  private volatile Parsed<T> last;

  /** {@code parser} may throw IllegalArgumentException (NumberFormatException) for a bad value. */
  public JvmSetting(String property, T fallback, Function<String, T> parser) {
    this.property = property;
    this.fallback = fallback;
    this.parser = parser;
    this.last = new Parsed<>(null, fallback);
  }

  public T get() {
    String text = System.getProperty(property);
    Parsed<T> seen = last;
    if (java.util.Objects.equals(text, seen.text())) {
      return seen.value();
    }
    Parsed<T> now = new Parsed<>(text, text == null ? fallback : parse(text));
    last = now;
    return now.value();
  }

  private T parse(String text) {
    try {
      return parser.apply(text.strip());
    } catch (IllegalArgumentException e) {
      LOG.log(System.Logger.Level.WARNING, "Ignoring -D{0}={1} ({2}); using {3}", property, text, e.getMessage(), String.valueOf(fallback));
      return fallback;
    }
  }
}
