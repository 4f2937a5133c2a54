package io.nblint.check;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped rules/ directory: it loads, every rule carries its metadata, files follow the layout, edits need no rebuild. */
class RuleCatalogTest {
    static final Path RULES = Path.of("rules");
    static RuleSet shipped;

    /** Folder of each rule-id prefix (veraPDF-style layout, one id per file). */
    static final Map<String, String> FOLDERS = Map.of(
            "STR", "structure", "DATE", "dates", "T2", "table2", "T3", "table3", "T4", "table4", "FEE", "fees", "TXT", "text");

    @BeforeAll
    static void load() throws RuleSetException {
        shipped = new RuleSetLoader().load(RULES);
    }

    @Test
    void everyRuleHasIdNameSeverityBasisAndDescription() {
        assertFalse(shipped.rules().isEmpty());
        for (RuleInfo r : shipped.rules()) {
            String who = r.file() + " " + r.drlName();
            assertTrue(r.id().matches("(STR|DATE|T2|T3|T4|FEE|TXT)-\\d\\d"), who + ": id " + r.id());
            assertNotNull(r.severity(), who);
            assertFalse(r.basis().isBlank(), who + ": basis");
            assertFalse(r.description().isBlank(), who + ": description");
            assertTrue(r.name().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    who + ": @name should be a short Chinese name, was " + r.name());
        }
    }

    @Test
    void oneIdPerFileInTheFolderOfItsSection() throws IOException {
        Map<String, Set<String>> idsByFile = shipped.rules().stream()
                .collect(Collectors.groupingBy(RuleInfo::file, Collectors.mapping(RuleInfo::id, Collectors.toSet())));
        assertEquals(drlFiles(RULES).size(), idsByFile.size(), "every .drl file yields rules");
        idsByFile.forEach((file, ids) -> {
            assertEquals(1, ids.size(), file + " holds ids " + ids);
            String id = ids.iterator().next();
            assertEquals(FOLDERS.get(id.substring(0, id.indexOf('-'))) + "/" + id + ".drl", file);
        });
    }

    @Test
    void everyFileStartsWithItsHeaderAndDeclaresTheGlobal() throws IOException {
        for (Path f : drlFiles(RULES)) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            String id = f.getFileName().toString().replace(".drl", "");
            assertTrue(text.startsWith("/*\n * " + id + " "), f + " must open with its header comment naming " + id);
            for (String field : List.of("事实类型：", "要求：", "测试：", "条款：")) {
                assertTrue(text.substring(0, text.indexOf("*/")).contains(field), f + " header lacks " + field);
            }
            assertTrue(text.contains("global io.nblint.check.FindingSink findings;"), f + " lacks the findings global");
            assertFalse(text.contains("str["), f + ": str[...] operators break at run time in Drools 10.2 (NoSuchMethodError)");
        }
    }

    @Test
    void aSyntaxErrorNamesTheFileAndLine(@TempDir Path tmp) throws IOException {
        Path copy = copyRules(tmp);
        Path broken = copy.resolve("table3/T3-05.drl");
        String text = Files.readString(broken, StandardCharsets.UTF_8);
        // drop the closing paren of the first $r1 pattern: a plain typo a rule author could make
        Files.writeString(broken, text.replaceFirst("\\$r1 : Table3Cell\\( row == \"R1\", readable \\)",
                "\\$r1 : Table3Cell( row == \"R1\", readable "), StandardCharsets.UTF_8);
        RuleSetException e = assertThrows(RuleSetException.class, () -> new RuleSetLoader().load(copy));
        assertFalse(e.getProblems().isEmpty());
        assertTrue(e.getProblems().stream().anyMatch(p -> p.matches("(?s).*table3/T3-05\\.drl:\\d+:.*")),
                "a problem names T3-05.drl with a line number: " + e.getProblems());
        assertTrue(e.getProblems().stream().noneMatch(p -> p.contains("T3-04.drl")), "only the broken file is blamed");
    }

    @Test
    void missingMetadataIsRefused(@TempDir Path tmp) throws IOException {
        Path copy = copyRules(tmp);
        Path f = copy.resolve("structure/STR-04.drl");
        Files.writeString(f, Files.readString(f, StandardCharsets.UTF_8).replace("@basis(", "@basisx("), StandardCharsets.UTF_8);
        RuleSetException e = assertThrows(RuleSetException.class, () -> new RuleSetLoader().load(copy));
        assertTrue(e.getProblems().stream().anyMatch(p -> p.contains("STR-04.drl") && p.contains("@basis")), e.getProblems().toString());
    }

    @Test
    void deletingAFileOrChangingASeverityTakesEffectWithoutRebuild(@TempDir Path tmp) throws Exception {
        // T3-05 balance broken in 自然人/法律服务机构 columns; period missing (STR-04 WARNING)
        var facts = ReportFactsBuilder.clean2021()
                .add("表三", "R4", "natural", 1).add("表三", "R4", "legal", -1).noPeriod().build();
        List<Finding> before = new Checker(shipped).check(facts);
        assertTrue(before.stream().anyMatch(f -> f.ruleId().equals("T3-05")));
        assertTrue(before.stream().anyMatch(f -> f.ruleId().equals("STR-04") && f.severity() == Severity.WARNING));

        Path copy = copyRules(tmp);
        Files.delete(copy.resolve("table3/T3-05.drl"));
        Path str04 = copy.resolve("structure/STR-04.drl");
        Files.writeString(str04, Files.readString(str04, StandardCharsets.UTF_8)
                .replace("@severity(\"WARNING\")", "@severity(\"NOTICE\")"), StandardCharsets.UTF_8);
        RuleSet edited = new RuleSetLoader().load(copy);
        assertFalse(edited.version().equals(shipped.version()), "the rule-set version follows the files");

        List<Finding> after = new Checker(edited).check(facts);
        assertTrue(after.stream().noneMatch(f -> f.ruleId().equals("T3-05")), after.toString());
        assertTrue(after.stream().anyMatch(f -> f.ruleId().equals("STR-04") && f.severity() == Severity.NOTICE), after.toString());
    }

    /** MVEL compiles constraints to bytecode after ~20 evaluations; rules must keep working after that. */
    @Test
    void rulesKeepWorkingAfterManyChecks() {
        Checker checker = new Checker(shipped);
        var facts = ReportFactsBuilder.clean2021().add("表四", "review", "upheld", 1).build();
        for (int i = 0; i < 40; i++) {
            List<Finding> findings = checker.check(facts);
            assertEquals(List.of("T4-03"), findings.stream().map(Finding::ruleId).toList());
        }
    }

    static List<Path> drlFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        }
    }

    static Path copyRules(Path tmp) throws IOException {
        Path target = tmp.resolve("rules");
        try (Stream<Path> s = Files.walk(RULES)) {
            for (Path p : s.sorted(Comparator.naturalOrder()).toList()) {
                Path t = target.resolve(RULES.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t); else Files.copy(p, t);
            }
        }
        return target;
    }
}
