package nl.wegwijs.portal.mymap;

import java.util.Arrays;

/** The rings around the child, from the inside out, as in the reflection tool's mind map (seed 000). */
enum Ring {
    THUIS("thuis", 88), DICHTBIJ("dichtbij", 148), ZIEKENHUIS("ziekenhuis", 207), SCHOOL("school", 262);

    final String code;
    final int radius;

    Ring(String code, int radius) {
        this.code = code;
        this.radius = radius;
    }

    static Ring of(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst().orElse(DICHTBIJ);
    }
}
