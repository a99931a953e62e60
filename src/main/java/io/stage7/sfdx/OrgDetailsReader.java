package io.stage7.sfdx;

import io.stage7.ast.Formulas;
import io.stage7.check.OrgDetails;
import io.stage7.diag.Diagnostic;
import io.stage7.sfdx.SfdxModel.Detail;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the metadata that import keeps as details of objects and picklist values, and reports,
 * as a located warning, every element that it does not keep: what import reads is written back by
 * export, and what it does not read is said rather than dropped silently.
 */
final class OrgDetailsReader {

    /** Object metadata elements that take {@code true} or {@code false}. */
    private static final Set<String> OBJECT_SWITCHES = Set.of("enableActivities", "enableBulkApi", "enableFeeds",
            "enableHistory", "enableReports", "enableSearch", "enableSharing", "enableStreamingApi");

    /** Picklist value elements that take {@code true} or {@code false} (besides {@code default}). */
    private static final Set<String> VALUE_SWITCHES = Set.of("isActive", "closed", "won", "converted", "highPriority",
            "reviewed", "cssExposed", "allowEmail");

    private OrgDetailsReader() {
    }

    /**
     * The details of a picklist value ({@code <value>}, {@code <customValue>} or
     * {@code <standardValue>}): its label when it is not its API name, {@code active false}, and
     * the other properties it has.
     */
    static List<Detail> value(XmlFile xml, XmlElement value, String fullName, List<Diagnostic> problems) {
        List<Detail> details = new ArrayList<>();
        List<String> known = new ArrayList<>(List.of("fullName", "default", "isActive"));
        known.addAll(OrgDetails.VALUE_DETAILS);
        String owner = "picklist value '" + fullName + "'";
        for (String key : OrgDetails.VALUE_DETAILS) {
            String element = key.equals("active") ? "isActive" : key;
            Optional<XmlElement> at = value.child(element);
            if (at.isEmpty()) {
                continue;
            }
            String text = at.get().text();
            if (key.equals("label")) {
                if (!text.equals(fullName) && !text.isEmpty()) {
                    details.add(new Detail(key, Formulas.quote(text)));
                }
            } else if (key.equals("active")) {
                if (valid(xml, at.get(), owner, problems) && text.strip().equals("false")) {
                    details.add(new Detail(key, "false"));
                }
            } else if (VALUE_SWITCHES.contains(element)) {
                if (valid(xml, at.get(), owner, problems)) {
                    details.add(new Detail(key, text.strip()));
                }
            } else if (key.equals("probability")) {
                if (text.strip().matches("0|[1-9][0-9]?|100")) {
                    details.add(new Detail(key, text.strip()));
                } else {
                    notKept(xml, at.get(), owner, "it is not a whole number from 0 to 100", problems);
                }
            } else if (key.equals("forecastCategory")) {
                if (List.of("Omitted", "Pipeline", "BestCase", "Forecast", "Closed").contains(text.strip())) {
                    details.add(new Detail(key, Formulas.quote(text.strip())));
                } else {
                    notKept(xml, at.get(), owner, "it is not a forecast category Salesforce has", problems);
                }
            } else if (!text.isEmpty()) {
                details.add(new Detail(key, Formulas.quote(text)));
            }
        }
        unknownChildren(xml, value, known, owner, problems);
        return details;
    }

    /** The details of an object, from its {@code object-meta.xml}. */
    static List<Detail> object(XmlFile xml, String object, List<Diagnostic> problems) {
        XmlElement root = xml.root();
        List<Detail> details = new ArrayList<>();
        String owner = "object '" + object + "'";
        for (String key : OrgDetails.OBJECT_DETAILS) {
            Optional<XmlElement> at = root.child(key);
            if (at.isEmpty()) {
                continue;
            }
            String text = at.get().text();
            if (OBJECT_SWITCHES.contains(key)) {
                if (valid(xml, at.get(), owner, problems)) {
                    details.add(new Detail(key, text.strip()));
                }
            } else if (key.equals("deploymentStatus") && !text.strip().matches("Deployed|InDevelopment")
                    || key.equals("visibility") && !text.strip().matches("Public|Protected|PackageProtected")) {
                notKept(xml, at.get(), owner, "Salesforce has no such value", problems);
            } else if (!text.isEmpty()) {
                details.add(new Detail(key, Formulas.quote(text)));
            }
        }
        unknownChildren(xml, root, OrgDetails.OBJECT_DETAILS, owner, problems);
        return details;
    }

    /** A switch must say {@code true} or {@code false}; else it is reported and not kept. */
    private static boolean valid(XmlFile xml, XmlElement element, String owner, List<Diagnostic> problems) {
        if (element.text().strip().matches("true|false")) {
            return true;
        }
        notKept(xml, element, owner, "it is neither true nor false", problems);
        return false;
    }

    private static void notKept(XmlFile xml, XmlElement element, String owner, String why,
                                List<Diagnostic> problems) {
        problems.add(Diagnostic.warning("not-imported", xml.atContent(element), "not imported: <" + element.name()
                + "> of " + owner + ": " + why + "; export will not write it back"));
    }

    /**
     * Reports every child of {@code parent} not in {@code known}: metadata that Stage7 does not
     * keep, so that export does not write it back.
     */
    static void unknownChildren(XmlFile xml, XmlElement parent, Collection<String> known, String owner,
                                List<Diagnostic> problems) {
        for (XmlElement child : parent.children()) {
            if (!known.contains(child.name())) {
                problems.add(Diagnostic.warning("not-imported", xml.at(child), "not imported: <" + child.name()
                        + "> of " + owner + ": Stage7 does not keep it, and export will not write it back"));
            }
        }
    }

    /**
     * Reports a {@code <sorted>true</sorted>}: export writes value sets unsorted (the values in
     * their declared order, which is kept).
     */
    static void sorted(XmlFile xml, XmlElement parent, String owner, List<Diagnostic> problems) {
        parent.child("sorted").filter(s -> !s.text().strip().equals("false")).ifPresent(s ->
                notKept(xml, s, owner, "export writes the values in their order, unsorted", problems));
    }
}
