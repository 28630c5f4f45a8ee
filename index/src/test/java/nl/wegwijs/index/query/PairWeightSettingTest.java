package nl.wegwijs.index.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** An operator's -Dwegwijs.index.pairWeight must never break searching: bad values fall back to 0.5. */
class PairWeightSettingTest {

  @Test
  void a_valid_weight_is_used_and_a_malformed_one_falls_back_to_the_default() {
    assertEquals(0.25f, QueryFactory.pairWeight("0.25"));
    assertEquals(0f, QueryFactory.pairWeight(" 0 "));
    assertEquals(0.5f, QueryFactory.pairWeight(null));
    assertEquals(0.5f, QueryFactory.pairWeight("half"));
    assertEquals(0.5f, QueryFactory.pairWeight("-1"));
    assertEquals(0.5f, QueryFactory.pairWeight("NaN"));
  }
}
