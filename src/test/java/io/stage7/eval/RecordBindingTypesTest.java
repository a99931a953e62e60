package io.stage7.eval;

import io.stage7.Rules;
import io.stage7.eval.BindingSamples.Product;
import io.stage7.eval.BindingSamples.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every Java type each field kind takes, blanks, beans, annotations, access, and every binding problem. */
class RecordBindingTypesTest {
    private static final String RULES = """
            object Account {
              Tier Picklist("Gold", "Silver", "Bronze")
            }
            object Kinds {
              Name Text(40)
              Account Lookup(Account)
              Stage Picklist("Open", "Won", "Lost")
              Amount Currency(16, 2)
              Quantity Number(6, 0)
              Discount Percent(5, 2)
              Score Number(8, 2)
              Rank Number(4, 0)
              Signed Checkbox
              CloseDate Date
              SubmittedAt DateTime
              Cutoff Time
              Products MultiPicklist("SaaS", "Support", "Self-Managed")
              Notes__c Text(255)
            }
            object Deal {
              Amount Currency(16, 2)
              Account Lookup(Account)
              Region Picklist("EMEA", "APAC")
              Region__c Text(10)
              Products MultiPicklist("SaaS", "Support")
            }
            requirement Big_Gold_Deal on Deal {
              error when Amount > 1000 && ISPICKVAL(Account.Tier, "Gold")
              message "A big deal for a gold account needs a second look."
            }
            """;

    private static Rules rules;

    @BeforeAll
    static void load(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("kinds.rules"), RULES);
        Rules.Loaded loaded = Rules.load(folder);
        assertTrue(!loaded.hasErrors(), loaded::render);
        rules = loaded.rules().orElseThrow();
    }

    private static <T> DataRecord read(Class<T> type, T value) {
        return rules.bind(type, "Kinds").toRecord(value);
    }

    @Test
    void primitivesBecomeDecimalsAndBooleans() {
        DataRecord record = read(BindingSamples.Primitives.class, new BindingSamples.Primitives(42, 7, 1_250L, 0.25, 1.1f, true));
        assertEquals("42", record.id());
        assertEquals(new BigDecimal("7"), record.value("Quantity"));
        assertEquals(new BigDecimal("1250"), record.value("Amount"));
        assertEquals(new BigDecimal("0.25"), record.value("Discount"), "a Percent is the fraction: 0.25 is 25%");
        assertEquals(new BigDecimal("1.1"), record.value("Score"), "a float by its shortest decimal form");
        assertEquals(Boolean.TRUE, record.value("Signed"));
        assertNull(record.value("Name"), "unbound fields are blank");
    }

    @Test
    void boxesMayBeNull() {
        DataRecord full = read(BindingSamples.Boxed.class, new BindingSamples.Boxed(7L, 3, 99L, 0.1, 2.5f, true, (short) 4));
        assertEquals("7", full.id());
        assertEquals(new BigDecimal("3"), full.value("Quantity"));
        assertEquals(new BigDecimal("99"), full.value("Amount"));
        assertEquals(new BigDecimal("0.1"), full.value("Discount"));
        assertEquals(new BigDecimal("2.5"), full.value("Score"));
        assertEquals(new BigDecimal("4"), full.value("Rank"));
        DataRecord blank = read(BindingSamples.Boxed.class, new BindingSamples.Boxed(8L, null, null, null, null, null, null));
        for (String path : List.of("Quantity", "Amount", "Discount", "Score", "Rank")) {
            assertNull(blank.value(path), path);
        }
        assertEquals(Boolean.FALSE, blank.value("Signed"), "a null Boolean is unticked");
        assertThrows(IllegalArgumentException.class, () -> read(BindingSamples.Boxed.class,
                new BindingSamples.Boxed(9L, null, null, Double.NaN, null, null, null)));
    }

    @Test
    void objectsAreTakenAsTheyAreAndEmptyTextIsBlank() {
        UUID id = UUID.fromString("00000000-0000-0000-0000-000000000042");
        Set<String> products = new LinkedHashSet<>(List.of("Support", "Self-Managed"));
        DataRecord record = read(BindingSamples.Objects.class, new BindingSamples.Objects(id, "", "001X", "Won",
                new BigDecimal("10.50"), LocalDate.of(2026, 3, 31), Instant.parse("2026-03-31T10:00:00Z"),
                LocalTime.of(16, 30), products, "n"));
        assertEquals(id.toString(), record.id());
        assertNull(record.value("Name"));
        assertEquals("001X", record.value("Account"));
        assertEquals("Won", record.value("Stage"));
        assertEquals(new BigDecimal("10.50"), record.value("Amount"));
        assertEquals(LocalDate.of(2026, 3, 31), record.value("CloseDate"));
        assertEquals(Instant.parse("2026-03-31T10:00:00Z"), record.value("SubmittedAt"));
        assertEquals(LocalTime.of(16, 30), record.value("Cutoff"));
        assertEquals(new TreeSet<>(products), record.value("Products"));
        assertEquals("n", record.value("Notes__c"));
        DataRecord blank = read(BindingSamples.Objects.class, new BindingSamples.Objects(id, null, null, "", null, null,
                null, null, Set.of(), null));
        for (String path : List.of("Name", "Account", "Stage", "Amount", "CloseDate", "SubmittedAt", "Cutoff", "Products")) {
            assertNull(blank.value(path), path);
        }
    }

    @Test
    void picklistTextIsCheckedOnEveryRead() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> read(BindingSamples.Objects.class, new BindingSamples.Objects(UUID.randomUUID(), null, null, "Opne",
                        null, null, null, null, null, null)));
        assertEquals("Stage: 'Opne' is not a value of the picklist; did you mean 'Open'?", refused.getMessage());
        IllegalArgumentException selection = assertThrows(IllegalArgumentException.class,
                () -> read(BindingSamples.Objects.class, new BindingSamples.Objects(UUID.randomUUID(), null, null, null,
                        null, null, null, null, Set.of("Saas"), null)));
        assertEquals("Products: 'Saas' is not a value of the multi-select picklist; did you mean 'SaaS'?",
                selection.getMessage());
    }

    @Test
    void enumsGiveTheirNamesAndZonedTimesTheirInstants() {
        ZonedDateTime submitted = ZonedDateTime.of(2026, 3, 31, 9, 0, 0, 0, ZoneId.of("America/Los_Angeles"));
        DataRecord record = read(BindingSamples.Enums.class, new BindingSamples.Enums("E-1", Stage.Won, Stage.Open,
                EnumSet.of(Product.Support, Product.SaaS), submitted));
        assertEquals("Won", record.value("Stage"));
        assertEquals("Open", record.value("Name"));
        assertEquals(new TreeSet<>(List.of("SaaS", "Support")), record.value("Products"));
        assertEquals(submitted.toInstant(), record.value("SubmittedAt"));
        DataRecord blank = read(BindingSamples.Enums.class, new BindingSamples.Enums("E-2", null, null,
                EnumSet.noneOf(Product.class), null));
        assertNull(blank.value("Stage"));
        assertNull(blank.value("Products"));
        OffsetDateTime offset = OffsetDateTime.parse("2026-03-31T09:00:00+11:00");
        DataRecord listed = read(BindingSamples.Listed.class, new BindingSamples.Listed(new StringBuilder("L-1"),
                List.of(Product.SaaS), offset));
        assertEquals("L-1", listed.id());
        assertEquals(new TreeSet<>(List.of("SaaS")), listed.value("Products"));
        assertEquals(offset.toInstant(), listed.value("SubmittedAt"));
    }

    @Test
    void beansBindGettersAndPublicFields() {
        RecordBinding<BindingSamples.Bean> binding = rules.bind(BindingSamples.Bean.class, "Kinds");
        DataRecord record = binding.toRecord(new BindingSamples.Bean("B-1"));
        assertEquals("B-1", record.id());
        assertEquals("from the getter", record.value("Name"));
        assertEquals(Boolean.TRUE, record.value("Signed"));
        assertEquals(new BigDecimal("12.50"), record.value("Amount"));
        assertEquals("a public field", record.value("Notes__c"));
        assertEquals("Bean.notes", binding.properties().get("Notes__c"));
    }

    @Test
    void annotationsBindRelationshipPathsAndOtherNames() {
        RecordBinding<BindingSamples.Annotated> binding = rules.bind(BindingSamples.Annotated.class, "Kinds");
        DataRecord record = binding.toRecord(new BindingSamples.Annotated());
        assertEquals("A-1", record.id());
        assertEquals("Gold", record.value("Account.Tier"));
        assertEquals("noted", record.value("Notes__c"));
        assertEquals("001A", record.value("Account"));
    }

    @Test
    void boundObjectsAreEvaluated() {
        RecordBinding<BindingSamples.GoodDeal> binding = rules.bind(BindingSamples.GoodDeal.class, "Deal");
        Instant now = Instant.parse("2026-03-12T15:00:00Z");
        Decision big = binding.evaluate(new BindingSamples.GoodDeal("D-1", new BigDecimal("5000"), "Gold"), now);
        assertEquals(List.of("Big_Gold_Deal"), big.violations().stream().map(Violation::requirement).toList());
        assertEquals("D-1", big.recordId());
        Decision small = binding.evaluate(new BindingSamples.GoodDeal("D-2", new BigDecimal("5"), "Gold"), now);
        assertEquals(List.of(), small.violations());
    }

    private static List<String> problems(Class<?> type) {
        return assertThrows(BindingException.class, () -> rules.bind(type, "Deal")).problems();
    }

    @Test
    void anUnknownPathIsRefusedWithTheClosestField() {
        assertEquals(List.of("Unknown.tier() is annotated @Stage7Field(\"Account.Teir\"), but Deal has no field"
                        + " Account.Teir; did you mean 'Account.Tier'?",
                "the rules read Account.Tier, but no property of Unknown binds it; annotate a property with"
                        + " @Stage7Field(\"Account.Tier\")"),
                problems(BindingSamples.Unknown.class));
    }

    @Test
    void aJavaTypeThatCannotHoldTheFieldIsRefused() {
        assertEquals(List.of("WrongTypes.amount() has type String, which cannot hold Amount (Currency): use BigDecimal,"
                        + " int, long, short, byte, double or float (or their boxes)",
                "WrongTypes.products() has type List<Integer>, which cannot hold Products (MultiPicklist): use a Set,"
                        + " EnumSet or other Collection of String or of an enum",
                "WrongTypes.tier() has type int, which cannot hold Account.Tier (Picklist): use String or an enum of its values"),
                problems(BindingSamples.WrongTypes.class));
    }

    @Test
    void ambiguousMatchesAreRefused() {
        assertEquals(List.of("Ambiguous.region_() matches Region and Region__c; annotate it with"
                + " @Stage7Field(\"...\") to choose one"), problems(BindingSamples.Ambiguous.class));
        assertEquals(List.of("Amount is bound by Twice.total() and Twice.net(); bind it once"),
                problems(BindingSamples.Twice.class));
    }

    @Test
    void theIdIsRequired() {
        assertEquals(List.of("NoId has no Id: add a property named id, or annotate one with @Stage7Field(\"Id\");"
                + " every record needs one"), problems(BindingSamples.NoId.class));
        assertEquals(List.of("BadId.id() gives the Id as a LocalDate; an Id is a String, CharSequence, int, long"
                + " (or their boxes) or UUID"), problems(BindingSamples.BadId.class));
    }

    @Test
    void aFieldTheRulesReadMustBeBoundAndTheClosestPropertyIsSuggested() {
        List<String> problems = problems(BindingSamples.Missing.class);
        assertEquals(2, problems.size(), problems::toString);
        assertEquals("the rules read Amount, but no property of Missing binds it; did you mean Missing.amout()?",
                problems.get(0));
    }

    @Test
    void enumConstantsMustBeDeclaredValues() {
        assertEquals(List.of("Tier.Silvr (of BadEnum.tier()) for Account.Tier: 'Silvr' is not a value of the picklist;"
                + " did you mean 'Silver'?"), problems(BindingSamples.BadEnum.class));
    }

    @Test
    void everyProblemIsInTheMessage() {
        BindingException refused = assertThrows(BindingException.class,
                () -> rules.bind(BindingSamples.WrongTypes.class, "Deal"));
        assertTrue(refused.getMessage().startsWith("cannot bind io.stage7.eval.BindingSamples$WrongTypes to Deal: 3 problems\n  - "),
                refused.getMessage());
    }

    /** Not public: readable only through a lookup from this class. */
    private record Hidden(String id, BigDecimal amount) {
        @Stage7Field("Account.Tier")
        private String tier() {
            return "Gold";
        }
    }

    @Test
    void aClassThatIsNotPublicNeedsALookup() {
        BindingException refused = assertThrows(BindingException.class, () -> rules.bind(Hidden.class, "Deal"));
        assertTrue(refused.problems().get(0).startsWith("io.stage7.eval.RecordBindingTypesTest$Hidden is not public:"
                + " bind with a lookup from the class"), refused.problems().toString());
        RecordBinding<Hidden> binding = rules.bind(Hidden.class, "Deal", MethodHandles.lookup());
        DataRecord record = binding.toRecord(new Hidden("H-1", new BigDecimal("2000")));
        assertEquals("Gold", record.value("Account.Tier"));
        assertEquals(1, binding.evaluate(new Hidden("H-1", new BigDecimal("2000")), Instant.EPOCH).violations().size());
    }

    @Test
    void aClassOfAnotherLoaderIsBoundThroughItsOwnLookup() throws Exception {
        java.net.URL classes = BindingSamples.class.getProtectionDomain().getCodeSource().getLocation();
        try (java.net.URLClassLoader other = new java.net.URLClassLoader(new java.net.URL[] {classes}, null)) {
            Class<?> isolated = other.loadClass(BindingSamples.Isolated.class.getName());
            assertTrue(isolated != BindingSamples.Isolated.class);
            BindingException refused = assertThrows(BindingException.class, () -> rules.bind(isolated, "Kinds"));
            assertTrue(refused.problems().get(0).contains("is not visible from Stage7's class loader"),
                    refused.getMessage());
            MethodHandles.Lookup lookup = (MethodHandles.Lookup) isolated.getMethod("lookup").invoke(null);
            Object value = isolated.getConstructors()[0].newInstance("I-1", 5L);
            DataRecord record = toRecord(rules.bind(isolated, "Kinds", lookup), value);
            assertEquals("I-1", record.id());
            assertEquals(new BigDecimal("5"), record.value("Quantity"));
        }
    }

    private static <T> DataRecord toRecord(RecordBinding<T> binding, Object value) {
        return binding.toRecord(binding.javaType().cast(value));
    }

    @Test
    void aLookupWithoutPrivateAccessIsRefused() {
        MethodHandles.Lookup publicOnly = MethodHandles.publicLookup();
        BindingException refused = assertThrows(BindingException.class,
                () -> rules.bind(Hidden.class, "Deal", publicOnly));
        assertTrue(refused.problems().get(0).contains("has no private access to Hidden"), refused.getMessage());
    }
}
