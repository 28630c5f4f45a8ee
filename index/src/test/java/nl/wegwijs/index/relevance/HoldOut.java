package nl.wegwijs.index.relevance;

/** Every third judged query (index 2, 5, 8, ...) is held out: never looked at while tuning. */
public final class HoldOut {
  private HoldOut() {}

  public static boolean isHeldOut(int queryIndex) {
    return queryIndex % 3 == 2;
  }
}
