package nl.wegwijs.portal.mymap;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.List;
import nl.wegwijs.portal.base.MainLayout;

/**
 * /mijn-kaart: the family's map. It lives in this browser's local storage (or in a share link's
 * fragment); the server only draws what the browser hands it and forgets it with the page.
 */
@Route(value = "mijn-kaart", layout = MainLayout.class)
@AnonymousAllowed
class MyMapView extends VerticalLayout implements HasDynamicTitle {

    private final Div body = new Div();
    private List<MapItem> items = List.of();
    private boolean shared;

    MyMapView() {
        setPadding(false);
        addClassName("wegwijs-mymap");
        body.setWidthFull();
        add(new H1(getTranslation("mymap.title")), new Paragraph(getTranslation("mymap.intro")), body);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        BrowserStore.load(this, stored -> {
            shared = stored.startsWith("S");
            items = shared ? MapCodec.fromLinkFragment(stored.substring(1)) : MapCodec.read(stored.substring(1));
            render();
        });
    }

    private void render() {
        body.removeAll();
        if (shared) {
            Button keep = new Button(getTranslation("mymap.keepShared"), e -> change(items));
            keep.addThemeVariants(ButtonVariant.PRIMARY);
            Div notice = new Div(new Paragraph(getTranslation("mymap.sharedNotice")), keep);
            notice.addClassNames("wegwijs-notice", "wegwijs-noprint");
            body.add(notice);
        }
        Div layout = new Div(new MapPicture(items), new MapList(items, this::remove));
        layout.addClassName("wegwijs-maplayout");
        body.add(layout, new OwnContactForm(this::addOwn), actions());
    }

    private Div actions() {
        Button print = new Button(getTranslation("mymap.print"), e -> BrowserStore.print(this));
        Button png = new Button(getTranslation("mymap.png"), e -> body.getChildren()
                .flatMap(c -> c.getChildren()).filter(c -> c instanceof MapPicture).findFirst()
                .ifPresent(p -> BrowserStore.downloadPng(p, getTranslation("mymap.fileName"))));
        png.addClassName("wegwijs-png");
        TextField link = new TextField(getTranslation("mymap.shareLink"));
        link.setReadOnly(true);
        link.setVisible(false);
        link.setWidthFull();
        link.addClassName("wegwijs-sharelink");
        Button share = new Button(getTranslation("mymap.share"), e -> getUI().ifPresent(ui -> ui.getPage().fetchCurrentURL(url -> {
            String full = url.getProtocol() + "://" + url.getAuthority() + "/mijn-kaart#k=" + MapCodec.toLinkFragment(items);
            link.setValue(full);
            link.setVisible(true);
            BrowserStore.copy(this, full);
        })));
        Button clear = new Button(getTranslation("mymap.clear"), e -> change(List.of()));
        clear.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        Div actions = new Div(print, png, share, clear, new Paragraph(getTranslation("mymap.shareWarning")), link);
        actions.addClassNames("wegwijs-actions", "wegwijs-noprint");
        return actions;
    }

    private void addOwn(MapItem item) {
        List<MapItem> next = new ArrayList<>(items);
        next.add(item);
        change(next);
    }

    private void remove(MapItem item) {
        List<MapItem> next = new ArrayList<>(items);
        next.remove(item);
        change(next);
    }

    private void change(List<MapItem> next) {
        items = List.copyOf(next.subList(Math.max(0, next.size() - MapCodec.MAX_ITEMS), next.size()));
        shared = false;
        BrowserStore.save(this, items);
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mymap.pageTitle");
    }
}
