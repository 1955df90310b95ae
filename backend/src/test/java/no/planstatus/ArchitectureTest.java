package no.planstatus;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SliceRule;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layering docs/architecture.md describes. Infrastructure ({@link #INFRASTRUCTURE}) may be used by every
 * feature and uses none, so it can be read and changed without knowing the features. Features may use one another,
 * but without cycles, except the ones named in {@link #KEPT_CYCLES}, each also named on that page with its reason.
 */
class ArchitectureTest {

    private static final String ROOT = "no.planstatus";
    /** The change pipeline, the audit trail, the authentication mechanism and what every layer shares. */
    static final Set<String> INFRASTRUCTURE = Set.of("common", "change", "audit", "security", "mail");
    /**
     * Feature packages that may depend on each other both ways. Each is a set of top-level packages, written on
     * docs/architecture.md as {@code a ↔ b}.
     */
    static final List<Set<String>> KEPT_CYCLES = List.of(
            // The plan model: its entities are joined by JPA associations, and each view embeds its neighbours.
            Set.of("goal", "measure"),
            Set.of("goal", "plan"),
            Set.of("measure", "plan"),
            Set.of("measure", "report"),
            Set.of("measure", "responsibility"),
            Set.of("party", "responsibility"));

    /**
     * The product's classes only. DO_NOT_INCLUDE_TESTS knows Maven's tests by the path target/test-classes; a build
     * in another folder (-Dbuild.dir, as test.sh's PostgreSQL lane has it) puts them in &lt;folder&gt;/test-classes.
     */
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("/test-classes/"))
            .importPackages(ROOT);

    @Test
    void infrastructureImportsNoFeature() {
        noClasses().that(inInfrastructure())
                .should().dependOnClassesThat(inAFeature())
                .because("infrastructure (common, change, audit, security) must be readable without the features; "
                        + "where it needs a feature's answer it declares an interface the feature implements")
                .check(CLASSES);
    }

    /**
     * The same rule on the sources: the compiler copies a constant ({@code static final String}) into the class that
     * uses it, so the bytecode the rule above reads does not show an import made for a constant.
     */
    @Test
    void infrastructureSourcesImportNoFeature() throws IOException {
        Pattern reference = Pattern.compile("\\b" + Pattern.quote(ROOT) + "\\.([a-z]\\w*)\\.");
        List<String> violations = new ArrayList<>();
        Path sources = Path.of("src", "main", "java", ROOT.replace('.', '/'));
        for (String infrastructure : INFRASTRUCTURE) {
            Path dir = sources.resolve(infrastructure);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        Matcher match = reference.matcher(lines.get(i));
                        while (match.find()) {
                            if (!INFRASTRUCTURE.contains(match.group(1))) {
                                violations.add(sources.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
                            }
                        }
                    }
                }
            }
        }
        assertTrue(violations.isEmpty(), "infrastructure sources name feature packages:\n"
                + String.join("\n", violations));
    }

    @Test
    void featuresHaveNoCyclesButTheNamedOnes() {
        SliceRule rule = SlicesRuleDefinition.slices().assignedFrom(features()).should().beFreeOfCycles();
        for (Set<String> cycle : KEPT_CYCLES) {
            for (String from : cycle) {
                for (String to : cycle) {
                    if (!from.equals(to)) {
                        rule = rule.ignoreDependency(inPackage(from), inPackage(to));
                    }
                }
            }
        }
        rule.because("a feature-to-feature cycle is kept only when docs/architecture.md names it with its reason")
                .check(CLASSES);
    }

    @Test
    void everyKeptCycleIsNamedOnTheArchitecturePage() throws IOException {
        String page = Files.readString(Path.of("..", "docs", "architecture.md"));
        for (Set<String> cycle : KEPT_CYCLES) {
            List<String> names = cycle.stream().sorted().toList();
            String written = String.join(" ↔ ", names);
            assertTrue(page.contains("`" + written + "`"), "docs/architecture.md names the kept cycle `" + written
                    + "` and says why");
        }
    }

    /** The top-level package under {@link #ROOT}, such as {@code measure}, if the class is in one. */
    private static Optional<String> topPackage(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(ROOT + ".")) {
            return Optional.empty();
        }
        String rest = name.substring(ROOT.length() + 1);
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }

    private static DescribedPredicate<JavaClass> inInfrastructure() {
        return DescribedPredicate.describe("are in an infrastructure package " + INFRASTRUCTURE,
                type -> topPackage(type).map(INFRASTRUCTURE::contains).orElse(false));
    }

    private static DescribedPredicate<JavaClass> inAFeature() {
        return DescribedPredicate.describe("are in a feature package (any package of " + ROOT
                + " but " + INFRASTRUCTURE + ")",
                type -> topPackage(type).map(p -> !INFRASTRUCTURE.contains(p)).orElse(false));
    }

    private static SliceAssignment features() {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass type) {
                return topPackage(type).filter(p -> !INFRASTRUCTURE.contains(p))
                        .map(SliceIdentifier::of).orElse(SliceIdentifier.ignore());
            }

            @Override
            public String getDescription() {
                return "feature packages of " + ROOT;
            }
        };
    }

    private static DescribedPredicate<JavaClass> inPackage(String topLevel) {
        return DescribedPredicate.describe("are in " + ROOT + "." + topLevel,
                type -> topPackage(type).map(topLevel::equals).orElse(false));
    }
}
