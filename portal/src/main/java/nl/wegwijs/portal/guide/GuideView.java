package nl.wegwijs.portal.guide;

import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wegwijs.backend.guide.GuideService;
import nl.wegwijs.backend.guide.Situation;
import nl.wegwijs.portal.base.MainLayout;

/** /waar-aanvragen?leeftijd=7&situatie=RUST&gemeente=Tiel: three questions, then who decides and who pays. */
@Route(value = "waar-aanvragen", layout = MainLayout.class)
@AnonymousAllowed
class GuideView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final GuideService guide;

    GuideView(GuideService guide) {
        this.guide = guide;
        setPadding(false);
        addClassName("wegwijs-guide");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> p = event.getLocation().getQueryParameters().getParameters();
        Integer age = parseAge(first(p, "leeftijd"));
        Situation situation = Arrays.stream(Situation.values()).filter(s -> s.name().equals(first(p, "situatie")))
                .findFirst().orElse(null);
        String municipality = first(p, "gemeente").strip();
        removeAll();
        add(new H1(getTranslation("guide.title")), new Paragraph(getTranslation("guide.intro")),
                form(age, situation, municipality));
        if (age != null && situation != null) {
            add(new GuideAnswerPanel(guide.answer(age, situation, municipality.isEmpty() ? null : municipality), municipality));
        }
    }

    private Div form(Integer age, Situation situation, String municipality) {
        IntegerField ageField = new IntegerField(getTranslation("guide.age"));
        ageField.setMin(0);
        ageField.setMax(30);
        ageField.setStepButtonsVisible(true);
        ageField.setValue(age);
        RadioButtonGroup<Situation> situations = new RadioButtonGroup<>(getTranslation("guide.situation"));
        situations.setItems(Situation.values());
        situations.setItemLabelGenerator(s -> getTranslation("guide.situation." + s.name()));
        situations.setValue(situation);
        situations.addClassName("wegwijs-situations");
        TextField place = new TextField(getTranslation("guide.municipality"));
        place.setValue(municipality);
        place.setPlaceholder(getTranslation("place.placeholder"));
        place.setMaxLength(100);
        Button go = new Button(getTranslation("guide.go"), e -> {
            Map<String, List<String>> q = new LinkedHashMap<>();
            if (ageField.getValue() != null) q.put("leeftijd", List.of(ageField.getValue().toString()));
            if (situations.getValue() != null) q.put("situatie", List.of(situations.getValue().name()));
            if (!place.getValue().isBlank()) q.put("gemeente", List.of(place.getValue().strip()));
            getUI().ifPresent(ui -> ui.navigate(GuideView.class, new QueryParameters(q)));
        });
        go.addThemeVariants(ButtonVariant.PRIMARY);
        Div form = new Div(ageField, situations, place, go);
        form.addClassName("wegwijs-guideform");
        return form;
    }

    private static String first(Map<String, List<String>> p, String key) {
        List<String> v = p.get(key);
        return v == null || v.isEmpty() ? "" : v.getFirst();
    }

    private static Integer parseAge(String text) {
        try {
            int a = Integer.parseInt(text.strip());
            return a >= 0 && a <= 30 ? a : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("guide.pageTitle");
    }
}
