package nl.wegwijs.portal.mymap;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.List;

/** The few browser calls "Mijn kaart" needs: local storage, the share-link fragment, print and PNG export. */
final class BrowserStore {

    static final String KEY = "wegwijs.mijnKaart";

    private BrowserStore() {}

    /** Hands over "L" + the stored map, or "S" + the fragment of a shared link (not stored until the family says so). */
    static void load(Component c, SerializableConsumer<String> receiver) {
        c.getElement().executeJs("""
                const h = location.hash;
                if (h.startsWith('#k=')) return 'S' + h.substring(3);
                return 'L' + (localStorage.getItem($0) || '{"v":1,"items":[]}');""", KEY)
                .then(String.class, receiver);
    }

    static void save(Component c, List<MapItem> items) {
        c.getElement().executeJs("localStorage.setItem($0, $1); if (location.hash) history.replaceState(null, '', location.pathname);",
                KEY, MapCodec.write(items));
    }

    /** Adds one item to the stored map (from an entry page), replacing an earlier copy of the same entry. */
    static void add(Component c, MapItem item) {
        c.getElement().executeJs("""
                let m; try { m = JSON.parse(localStorage.getItem($0) || '{}'); } catch (e) { m = {}; }
                const items = (Array.isArray(m.items) ? m.items : []).filter(i => !$1 || i.id !== $1);
                items.push({ring: $2, name: $3, id: $1, note: $4});
                localStorage.setItem($0, JSON.stringify({v: 1, items: items.slice(-60)}));""",
                KEY, item.id() == null ? "" : item.id(), item.ring(), item.name(), item.note());
    }

    static void print(Component c) {
        c.getElement().executeJs("window.print()");
    }

    /** Draws the SVG on a canvas in the browser and offers it as mijn-kaart.png; nothing goes to the server. */
    static void downloadPng(Component svgOwner, String fileName) {
        svgOwner.getElement().executeJs("""
                const svg = this.querySelector('svg') || this;
                const xml = new XMLSerializer().serializeToString(svg);
                const img = new Image();
                img.onload = () => {
                  const canvas = document.createElement('canvas');
                  canvas.width = 1200; canvas.height = 1200;
                  const g = canvas.getContext('2d');
                  g.fillStyle = '#ffffff'; g.fillRect(0, 0, 1200, 1200);
                  g.drawImage(img, 0, 0, 1200, 1200);
                  const a = document.createElement('a');
                  a.download = $0; a.href = canvas.toDataURL('image/png');
                  document.body.appendChild(a); a.click(); a.remove();
                };
                img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(xml);""", fileName);
    }

    static void copy(Component c, String text) {
        c.getElement().executeJs("if (navigator.clipboard) navigator.clipboard.writeText($0).catch(() => {});", text);
    }
}
