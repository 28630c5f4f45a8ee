package nl.wegwijs.portal.socialmap;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.List;
import nl.wegwijs.backend.socialmap.SocialMapFilter;
import nl.wegwijs.backend.socialmap.SocialMapRow;

/** A referral list to print or save as PDF: each entry with its contact details and when it was last checked. */
class ReferralList extends Div {

    ReferralList(List<SocialMapRow> rows, SocialMapFilter filter) {
        addClassName("wegwijs-referral-list");
        add(new H2(getTranslation("socialmap.referralTitle")));
        add(new Paragraph(getTranslation("socialmap.referralMade", LocalDate.now().toString(),
                filter.place() == null ? getTranslation("socialmap.everywhere") : filter.place())));
        OrderedList list = new OrderedList();
        for (SocialMapRow r : rows) {
            ListItem li = new ListItem();
            Span name = new Span(r.name());
            name.addClassName("wegwijs-referral-name");
            li.add(name, new Span(" · " + getTranslation("kind." + r.kind()) + (r.place().isEmpty() ? "" : " · " + r.place())));
            Div contact = new Div();
            if (!r.phone().isEmpty()) contact.add(new Span(getTranslation("entry.phone") + ": " + r.phone() + "  "));
            if (!r.email().isEmpty()) contact.add(new Anchor("mailto:" + r.email(), r.email()), new Span("  "));
            if (!r.website().isEmpty()) contact.add(new Span(r.website()));
            contact.add(new Span("  " + getTranslation("entry.lastVerified") + ": "
                    + (r.lastVerifiedOn() == null ? getTranslation("socialmap.notVerified") : r.lastVerifiedOn().toString())));
            contact.addClassName("wegwijs-muted");
            li.add(contact);
            list.add(li);
        }
        add(list);
    }
}
