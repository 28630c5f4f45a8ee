package nl.wegwijs.portal.mymap;

import java.util.Arrays;

/** The rings around the child, from the inside out, as in the reflection tool's mind map (seed 000). */
enum Ring {
    THUIS("thuis", 95), DICHTBIJ("dichtbij", 160), ZIEKENHUIS("ziekenhuis", 222), SCHOOL("school", 282);

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
