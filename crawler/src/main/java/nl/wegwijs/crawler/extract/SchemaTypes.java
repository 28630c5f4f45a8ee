package nl.wegwijs.crawler.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Which schema.org types describe a provision we want, and how to read a node's type. */
final class SchemaTypes {

    /** The types from issue 6 plus their common subtypes (schema.org type hierarchy). */
    private static final Set<String> ENTRY_TYPES = Set.of(
            "Organization", "LocalBusiness", "MedicalOrganization", "GovernmentService", "Service", "Event",
            "NGO", "GovernmentOrganization", "EducationalOrganization", "School", "Preschool", "ElementarySchool",
            "ChildCare", "Hospital", "MedicalClinic", "Physician", "Pharmacy", "Dentist", "DiagnosticLab",
            "MedicalBusiness", "ProfessionalService", "GovernmentOffice", "CityHall", "Library", "SportsClub",
            "SportsActivityLocation", "NonprofitOrganization", "Corporation", "ResearchOrganization",
            "FinancialProduct", "SocialEvent", "EducationEvent", "ChildrensEvent", "EventSeries", "CourseInstance",
            "Course", "MedicalTherapy", "PhysicalTherapy", "Hospice");

    private SchemaTypes() {}

    /** The short type names of a node: "https://schema.org/LocalBusiness" and "schema:LocalBusiness" become "LocalBusiness". */
    static List<String> typesOf(Map<String, Object> node) {
        Object type = node.get("@type");
        List<String> types = new ArrayList<>();
        if (type instanceof String s) {
            types.add(shortName(s));
        } else if (type instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof String s) {
                    types.add(shortName(s));
                }
            }
        }
        return types;
    }

    static Optional<String> entryType(Map<String, Object> node) {
        return typesOf(node).stream().filter(ENTRY_TYPES::contains).findFirst();
    }

    static String shortName(String type) {
        String t = type.strip();
        int cut = Math.max(t.lastIndexOf('/'), Math.max(t.lastIndexOf(':'), t.lastIndexOf('#')));
        return cut >= 0 ? t.substring(cut + 1) : t;
    }
}
