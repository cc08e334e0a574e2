//! The real article that started the project (`../shared/seed/article.txt`): all good Hindi
//! except the end of its last paragraph, `…NVIDIA के AI युग में核心价值和长期发展潜力的强调。`.

mod common;

use assert_cmd::Command;

fn shuddh() -> Command {
    Command::cargo_bin("shuddh").unwrap()
}

#[test]
fn fix_repairs_only_the_last_sentence() {
    let Some(path) = common::shared("seed/article.txt") else { return };
    let input = std::fs::read_to_string(&path).unwrap();
    let out = shuddh().arg("fix").write_stdin(input.clone()).assert().success();
    let output = String::from_utf8(out.get_output().stdout.clone()).unwrap();

    assert_eq!(output, common::nfc(&output), "output is NFC");
    assert!(!common::has_han(&output), "no Han left: {output}");
    let (in_lines, out_lines): (Vec<_>, Vec<_>) =
        (input.lines().collect(), output.lines().collect());
    assert_eq!(in_lines.len(), out_lines.len());
    let last = in_lines.len() - 1;
    for i in 0..last {
        assert_eq!(in_lines[i], out_lines[i], "line {} changed", i + 1);
    }
    let prefix = "और यह फिर से NVIDIA के AI युग में ";
    let cut = in_lines[last].find("核").unwrap();
    assert!(
        in_lines[last][..cut].ends_with(prefix.trim_end())
            || in_lines[last][..cut].ends_with(prefix)
    );
    assert!(out_lines[last].starts_with(&in_lines[last][..cut]), "text before the run kept");
    let tail = &out_lines[last][cut..];
    assert!(tail.ends_with('।'), "ends with a danda: {tail}");
    for word in ["मूल्य", "विकास"] {
        assert!(tail.contains(word), "{word} in {tail}");
    }
}

#[test]
fn check_names_the_run_then_passes_on_the_fixed_text() {
    let Some(path) = common::shared("seed/article.txt") else { return };
    let out = shuddh().arg("check").arg(&path).assert().code(1);
    let report = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    let lines: Vec<_> = report.lines().collect();
    assert_eq!(lines.len(), 1, "{report}");
    let input = std::fs::read_to_string(&path).unwrap();
    let last = input.lines().last().unwrap();
    let col = last[..last.find('核').unwrap()].chars().count() + 1;
    let want = format!("{}:7:{col}: translated: 核心价值和长期发展潜力的强调。 → ", path.display());
    assert!(lines[0].starts_with(&want), "{}\nwant prefix {want}", lines[0]);

    let fixed = shuddh().arg("fix").write_stdin(input).assert().success();
    let fixed = fixed.get_output().stdout.clone();
    shuddh().arg("check").write_stdin(fixed).assert().code(0).stdout("");
}
