package nl.wegwijs.portal.entry;

/** Turns the catalogue's web addresses and phone numbers into links a phone can tap. */
final class Links {

    private Links() {}

    /** The catalogue often writes "www.vilans.nl" without a scheme. */
    static String web(String url) {
        String u = url.strip();
        return u.startsWith("http://") || u.startsWith("https://") ? u : "https://" + u;
    }

    /** "030 789 23 00" becomes tel:+31307892300 (E.164, as phones dial it from anywhere). */
    static String tel(String phone) {
        String digits = phone.replaceAll("[^0-9+]", "");
        if (digits.startsWith("0") && !digits.startsWith("00")) {
            digits = "+31" + digits.substring(1);
        }
        return "tel:" + digits;
    }
}
