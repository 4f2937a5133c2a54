package io.nblint.score;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.nblint.check.Severity;
import io.nblint.facts.DeadlineCalendar;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and validates scoring.yaml. Validation is by hand over the YAML tree rather than by data
 * binding so every mistake is reported as "file: key: what is wrong" in Chinese, and unknown keys
 * (typos such as "deduction") are refused instead of silently ignored.
 */
public class ScoringConfigReader {
    public static final String FILE_NAME = "scoring.yaml";
    private static final Set<String> TOP_KEYS = Set.of("base", "passMark", "deductions", "rules", "groups",
            "defaultGroupCap", "grades", "deadlines", "crossYear");
    private static final Pattern MONTH_DAY = Pattern.compile("(\\d{1,2})-(\\d{1,2})");

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

    /** Reads {@code rules/scoring.yaml} from a rules directory. */
    public ScoringConfig readFromRules(Path rulesDir) throws ScoringConfigException {
        return read(rulesDir.resolve(FILE_NAME));
    }

    public ScoringConfig read(Path file) throws ScoringConfigException {
        String name = file.toString();
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ScoringConfigException("评分配置文件不存在: " + name);
        } catch (IOException e) {
            throw new ScoringConfigException("无法读取评分配置文件 " + name + "（" + e.getMessage() + "）", e);
        }
        return parse(name, text);
    }

    public ScoringConfig parse(String name, String text) throws ScoringConfigException {
        JsonNode root;
        try {
            root = yaml.readTree(text);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : "第" + e.getLocation().getLineNr() + "行：";
            throw new ScoringConfigException("评分配置 " + name + " 不是有效的 YAML：" + where + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new ScoringConfigException("评分配置 " + name + " 为空或不是键值结构");
        }
        Keys k = new Keys(name);
        k.onlyKnown(root, "", TOP_KEYS);

        BigDecimal base = k.number(root, "base", true);
        BigDecimal passMark = k.number(root, "passMark", true);

        JsonNode deductions = k.object(root, "deductions", true);
        Map<Severity, BigDecimal> perSeverity = new EnumMap<>(Severity.class);
        for (Iterator<String> it = deductions.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            Severity s = Severity.parse(key);
            if (s == null) throw k.error("deductions." + key, "不是有效的严重程度（应为 ERROR、WARNING 或 NOTICE）");
            perSeverity.put(s, k.number(deductions, key, "deductions." + key));
        }
        for (Severity s : Severity.values()) {
            if (!perSeverity.containsKey(s)) throw k.error("deductions." + s.name(), "缺少该严重程度的扣分值");
        }

        Map<String, BigDecimal> perRule = new LinkedHashMap<>();
        JsonNode rules = k.object(root, "rules", false);
        if (rules != null) {
            for (Iterator<String> it = rules.fieldNames(); it.hasNext(); ) {
                String id = it.next();
                perRule.put(id, k.number(rules, id, "rules." + id));
            }
        }

        List<RuleGroup> groups = new ArrayList<>();
        JsonNode groupList = root.get("groups");
        if (groupList != null && !groupList.isNull()) {
            if (!groupList.isArray()) throw k.error("groups", "应为列表（每项含 name、prefix 或 ids、cap）");
            for (int i = 0; i < groupList.size(); i++) {
                String at = "groups[" + i + "]";
                JsonNode g = groupList.get(i);
                if (!g.isObject()) throw k.error(at, "应为含 name、prefix 或 ids、cap 的键值结构");
                k.onlyKnown(g, at + ".", Set.of("name", "prefix", "ids", "cap"));
                String prefix = k.text(g, "prefix", at + ".prefix", false);
                List<String> ids = new ArrayList<>();
                JsonNode idList = g.get("ids");
                if (idList != null && !idList.isNull()) {
                    if (!idList.isArray()) throw k.error(at + ".ids", "应为规则编号列表，如 [STR-01, STR-02]");
                    idList.forEach(n -> ids.add(n.asText()));
                }
                if (prefix == null && ids.isEmpty()) throw k.error(at, "需要 prefix（编号前缀）或 ids（规则编号列表）");
                String groupName = k.text(g, "name", at + ".name", false);
                groups.add(new RuleGroup(groupName == null ? (prefix != null ? prefix : String.join("、", ids)) : groupName,
                        prefix, ids, k.number(g, "cap", at + ".cap")));
            }
        }
        BigDecimal defaultCap = root.hasNonNull("defaultGroupCap") ? k.number(root, "defaultGroupCap", true) : null;

        List<GradeBand> grades = new ArrayList<>();
        JsonNode gradeList = root.get("grades");
        if (gradeList == null || !gradeList.isArray() || gradeList.isEmpty()) {
            throw k.error("grades", "缺少或不是列表（每项含 label 与 min，如 {label: 优秀, min: 90}）");
        }
        for (int i = 0; i < gradeList.size(); i++) {
            String at = "grades[" + i + "]";
            JsonNode g = gradeList.get(i);
            if (!g.isObject()) throw k.error(at, "应为 {label: …, min: …}");
            k.onlyKnown(g, at + ".", Set.of("label", "min"));
            grades.add(new GradeBand(k.text(g, "label", at + ".label", true), k.number(g, "min", at + ".min")));
        }
        for (int i = 1; i < grades.size(); i++) {
            if (grades.get(i).min().compareTo(grades.get(i - 1).min()) >= 0) {
                throw k.error("grades[" + i + "].min", "等级应按最低分从高到低排列，" + grades.get(i).min()
                        + " 不低于上一等级的 " + grades.get(i - 1).min());
            }
        }
        if (grades.get(grades.size() - 1).min().signum() > 0) {
            throw k.error("grades[" + (grades.size() - 1) + "].min", "最后一个等级的最低分应为 0，否则低分报告没有等级");
        }

        DeadlineCalendar deadlines = DeadlineCalendar.NATIONAL;
        JsonNode dl = k.object(root, "deadlines", false);
        if (dl != null) {
            k.onlyKnown(dl, "deadlines.", Set.of("department", "government", "legacy", "local"));
            deadlines = new DeadlineCalendar(
                    k.monthDay(dl, "department", deadlines.department()),
                    k.monthDay(dl, "government", deadlines.government()),
                    k.monthDay(dl, "legacy", deadlines.legacy()),
                    k.monthDay(dl, "local", null));
        }

        double share = 0.8;
        int minChars = 8;
        JsonNode cy = k.object(root, "crossYear", false);
        if (cy != null) {
            k.onlyKnown(cy, "crossYear.", Set.of("duplicateShare", "minSentenceChars"));
            if (cy.hasNonNull("duplicateShare")) {
                share = k.number(cy, "duplicateShare", "crossYear.duplicateShare").doubleValue();
                if (share <= 0 || share > 1) throw k.error("crossYear.duplicateShare", "应在 0 与 1 之间（如 0.8 表示 80%）");
            }
            if (cy.hasNonNull("minSentenceChars")) {
                minChars = k.number(cy, "minSentenceChars", "crossYear.minSentenceChars").intValue();
            }
        }
        return new ScoringConfig(name, base, passMark, perSeverity, perRule, groups, defaultCap, grades, deadlines,
                share, minChars);
    }

    /** Key access with messages naming the file and the dotted key. */
    private record Keys(String file) {
        ScoringConfigException error(String key, String problem) {
            return new ScoringConfigException("评分配置 " + file + " 中的 " + key + "：" + problem);
        }

        void onlyKnown(JsonNode node, String prefix, Set<String> known) throws ScoringConfigException {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!known.contains(key)) throw error(prefix + key, "未知的键（可用的键：" + String.join("、", known.stream().sorted().toList()) + "）");
            }
        }

        JsonNode object(JsonNode parent, String key, boolean required) throws ScoringConfigException {
            JsonNode n = parent.get(key);
            if (n == null || n.isNull()) {
                if (required) throw error(key, "缺少此项");
                return null;
            }
            if (!n.isObject()) throw error(key, "应为键值结构");
            return n;
        }

        BigDecimal number(JsonNode parent, String key, boolean required) throws ScoringConfigException {
            if (!parent.hasNonNull(key)) {
                if (required) throw error(key, "缺少此项");
                return null;
            }
            return number(parent, key, key);
        }

        BigDecimal number(JsonNode parent, String key, String path) throws ScoringConfigException {
            JsonNode n = parent.get(key);
            if (n == null || n.isNull()) throw error(path, "缺少此项");
            if (!n.isNumber()) throw error(path, "应为数字，实际为「" + n.asText() + "」");
            BigDecimal v = n.decimalValue();
            if (v.signum() < 0) throw error(path, "不能为负数（" + v.toPlainString() + "）");
            return v;
        }

        String text(JsonNode parent, String key, String path, boolean required) throws ScoringConfigException {
            JsonNode n = parent.get(key);
            if (n == null || n.isNull() || n.asText().isBlank()) {
                if (required) throw error(path, "缺少此项");
                return null;
            }
            if (!n.isValueNode()) throw error(path, "应为文字");
            return n.asText().trim();
        }

        MonthDay monthDay(JsonNode parent, String key, MonthDay fallback) throws ScoringConfigException {
            JsonNode n = parent.get(key);
            if (n == null || n.isNull()) return fallback;
            Matcher m = MONTH_DAY.matcher(n.asText().trim());
            try {
                if (m.matches()) return MonthDay.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            } catch (DateTimeException ignored) {
                // falls through to the message below
            }
            throw error("deadlines." + key, "应为「月-日」形式的日期，如 \"01-31\"，实际为「" + n.asText() + "」");
        }
    }
}
