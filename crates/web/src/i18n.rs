//! Interface strings in English and Chinese.
//!
//! One table, looked up by key; a unit test reads every template and fails if a key used there
//! is missing here, so a page can never show a raw key.

use pactum_core::Lang;

/// A translator for one language, handed to every template as `t`.
#[derive(Clone, Copy, Debug)]
pub struct Tr(pub Lang);

impl Tr {
    pub fn code(&self) -> &'static str {
        self.0.code()
    }

    /// The string for `key`; the key itself if it is missing (a test keeps that from happening).
    pub fn s<'a>(&self, key: &'a str) -> &'a str {
        match STRINGS.iter().find(|(k, _, _)| *k == key) {
            Some((_, en, zh)) => match self.0 {
                Lang::En => en,
                Lang::Zh => zh,
            },
            None => key,
        }
    }

    /// A value of a string-coded enum, e.g. `enum_value("agreement_kind", "framework")`.
    pub fn enum_value(&self, family: &str, value: &str) -> String {
        let key = format!("{family}.{value}");
        match STRINGS.iter().find(|(k, _, _)| *k == key) {
            Some((_, en, zh)) => match self.0 {
                Lang::En => (*en).to_owned(),
                Lang::Zh => (*zh).to_owned(),
            },
            None => value.replace('_', " "),
        }
    }
}

/// (key, English, Chinese)
pub const STRINGS: &[(&str, &str, &str)] = &[
    ("nav.agreements", "Agreements", "合作协议"),
    ("nav.new_agreement", "New agreement", "新建协议"),
    ("nav.draft", "From a press release", "从新闻稿新建"),
    (
        "draft.title",
        "New agreement from a press release",
        "从新闻稿新建协议",
    ),
    (
        "draft.intro",
        "Paste the text of a press release or news story (English or Chinese), or upload it as a text file. Pactum proposes the agreement's fields; you review and correct them before anything is saved.",
        "粘贴新闻稿或报道的文本（中文或英文），或上传文本文件。Pactum 会提出协议各字段的建议，经您核对修改后才会保存。",
    ),
    ("draft.paste_label", "Press release text", "新闻稿文本"),
    (
        "draft.upload_label",
        "…or a text file (UTF-8 or UTF-16)",
        "……或上传文本文件（UTF-8 或 UTF-16）",
    ),
    ("draft.extract_button", "Propose fields", "提取字段"),
    (
        "draft.empty",
        "There is no text to read: paste the press release or choose a text file.",
        "没有可读取的文本：请粘贴新闻稿或选择文本文件。",
    ),
    (
        "draft.too_long",
        "The text is longer than 2 MB; paste the article itself.",
        "文本超过 2 MB，请只粘贴报道正文。",
    ),
    (
        "draft.review_title",
        "Review the proposed agreement",
        "核对协议草稿",
    ),
    (
        "draft.review_intro",
        "The fields below were proposed from the text; the highlighted passages are where each was found. Correct anything wrong, clear what does not belong, then save.",
        "以下字段根据原文提出，高亮部分为各字段的依据。请更正错误、删除不相关内容后保存。",
    ),
    ("draft.evidence_legend", "Evidence:", "依据："),
    ("draft.person", "Name", "姓名"),
    ("draft.person_title", "Title", "职务"),
    ("draft.signs_for", "Signs for", "代表"),
    ("draft.focus_hint", "One per line", "每行一项"),
    ("draft.confirm", "Save agreement", "保存协议"),
    (
        "nav.back_to_agreements",
        "Back to the agreements",
        "返回协议列表",
    ),
    (
        "footer",
        "Pactum — cooperation agreements from signing to fulfilment",
        "Pactum — 合作协议从签约到履约的全过程跟踪",
    ),
    ("list.search", "Search titles", "搜索标题"),
    ("list.search_button", "Search", "搜索"),
    ("list.empty", "No agreements match.", "没有符合条件的协议。"),
    ("list.next", "Next page", "下一页"),
    ("none", "None recorded.", "暂无记录。"),
    ("section.signing", "Signing", "签约"),
    ("section.money", "Money", "资金"),
    (
        "section.obligations",
        "Obligations of each party",
        "各方义务",
    ),
    ("section.history", "History", "变更记录"),
    ("section.project", "Project", "项目"),
    ("section.transactions", "Transactions", "资金往来"),
    ("section.milestones", "Milestones", "里程碑"),
    ("section.indicators", "Indicators", "指标"),
    ("section.documents", "Documents", "文件"),
    ("section.agreement", "Agreement", "协议"),
    ("field.title", "Title", "标题"),
    ("field.parties", "Parties", "签约各方"),
    ("field.signed", "Signed", "签约日期"),
    ("field.projects", "Projects", "项目"),
    ("field.place", "Place", "签约地点"),
    ("field.period", "Period", "合作期限"),
    ("field.period_start", "Period start", "期限开始"),
    ("field.period_end", "Period end", "期限结束"),
    ("field.period_label", "Plan period", "规划期"),
    ("field.source", "Source", "来源"),
    ("field.source_text", "Source text", "原文"),
    ("field.signatories", "Signatories", "签字人"),
    ("field.organisation", "Organisation", "单位"),
    ("field.role", "Role", "角色"),
    ("field.org_kind", "Kind", "类型"),
    ("field.obligation", "Obligation", "义务"),
    ("field.amount", "Amount", "金额"),
    ("field.currency", "Currency", "币种"),
    ("field.due", "Due", "到期"),
    ("field.state", "State", "状态"),
    ("field.evidence", "Evidence", "佐证"),
    ("field.focus_areas", "Focus areas", "重点领域"),
    ("field.sectors", "Key sectors", "重点行业"),
    ("field.code", "Code", "编号"),
    ("field.location", "Location", "地点"),
    ("field.status", "Status", "状态"),
    ("field.budget", "Budget", "预算"),
    ("field.sector", "Sector", "行业"),
    ("field.implementer", "Implementing organisation", "实施单位"),
    ("field.planned", "Planned", "计划时间"),
    ("field.actual", "Actual", "实际时间"),
    ("field.date", "Date", "日期"),
    ("field.kind", "Kind", "类型"),
    ("field.provider", "Provider", "付款方"),
    ("field.receiver", "Receiver", "收款方"),
    ("field.description", "Description", "说明"),
    ("field.milestone", "Milestone", "里程碑"),
    ("field.achieved", "Achieved", "完成日期"),
    ("field.year", "Year", "年份"),
    ("field.target", "Target", "目标值"),
    ("field.actual_value", "Actual", "实际值"),
    ("field.baseline", "Baseline", "基线"),
    ("money.committed", "Committed", "承诺金额"),
    ("money.disbursed", "Disbursed", "已拨付"),
    ("money.expended", "Spent", "已支出"),
    (
        "money.commitment_transactions",
        "Commitments recorded",
        "已记录承诺",
    ),
    (
        "money.disbursed_share",
        "Disbursed of committed",
        "拨付占承诺比例",
    ),
    (
        "money.disbursed_of_budget",
        "Disbursed of budget",
        "拨付占预算比例",
    ),
    ("money.time_gone", "Period elapsed", "期限已过"),
    ("indicator.progress", "Towards target", "目标完成度"),
    (
        "project.none",
        "No projects recorded yet.",
        "尚未登记项目。",
    ),
    ("illustrative.badge", "Illustrative", "示例数据"),
    (
        "illustrative.money",
        "Disbursed and spent figures come from illustrative demo projects, not from published data.",
        "已拨付和已支出金额来自演示用的示例项目，并非公开数据。",
    ),
    (
        "illustrative.projects",
        "These projects and their figures are illustrative: made up for the demo around the real agreement.",
        "以下项目及数据为示例：围绕真实协议为演示而编制。",
    ),
    (
        "illustrative.project",
        "This project, its money, milestones and indicators are illustrative: made up for the demo, not published data.",
        "本项目及其资金、里程碑和指标均为示例数据，为演示而编制，并非公开数据。",
    ),
    ("audit.when", "When (UTC)", "时间（UTC）"),
    ("audit.who", "Who", "操作人"),
    ("audit.what", "What", "操作"),
    (
        "form.fix_errors",
        "Please correct the following:",
        "请更正以下内容：",
    ),
    ("form.party_a", "First party", "甲方"),
    ("form.party_b", "Second party", "乙方"),
    ("form.committed_by", "Committed by", "承诺方"),
    ("form.save", "Save agreement", "保存协议"),
    ("error.not_found", "Not found", "未找到"),
    (
        "error.forbidden",
        "You are not allowed to do this.",
        "您无权执行此操作。",
    ),
    (
        "error.internal",
        "Something went wrong on the server; the server log has the details.",
        "服务器出错，详情见服务器日志。",
    ),
    (
        "agreement_kind.framework",
        "Framework agreement",
        "框架协议",
    ),
    (
        "agreement_kind.strategic_cooperation",
        "Strategic cooperation agreement",
        "战略合作协议",
    ),
    (
        "agreement_kind.mou",
        "Memorandum of understanding",
        "谅解备忘录",
    ),
    (
        "agreement_kind.investment",
        "Investment agreement",
        "投资协议",
    ),
    ("agreement_kind.contract", "Contract", "合同"),
    ("agreement_kind.other", "Other", "其他"),
    ("agreement_status.draft", "Draft", "草稿"),
    ("agreement_status.signed", "Signed", "已签署"),
    ("agreement_status.in_force", "In force", "执行中"),
    ("agreement_status.completed", "Completed", "已完成"),
    ("agreement_status.terminated", "Terminated", "已终止"),
    ("party_role.government", "Government", "政府方"),
    ("party_role.investor", "Investor", "投资方"),
    ("party_role.implementer", "Implementer", "实施方"),
    ("party_role.funder", "Funder", "出资方"),
    ("party_role.partner", "Partner", "合作方"),
    ("party_role.beneficiary", "Beneficiary", "受益方"),
    ("org_kind.government", "Government", "政府"),
    (
        "org_kind.government_agency",
        "Government agency",
        "政府部门",
    ),
    (
        "org_kind.state_owned_enterprise",
        "State-owned enterprise",
        "国有企业",
    ),
    (
        "org_kind.private_enterprise",
        "Private enterprise",
        "民营企业",
    ),
    ("org_kind.bank", "Bank", "银行"),
    (
        "org_kind.multilateral",
        "Multilateral organisation",
        "多边机构",
    ),
    ("org_kind.ngo", "NGO", "社会组织"),
    ("org_kind.academic", "Academic", "科研院校"),
    ("org_kind.other", "Other", "其他"),
    ("obligation_state.fulfilled", "Fulfilled", "已履行"),
    ("obligation_state.waived", "Waived", "已豁免"),
    ("obligation_state.overdue", "Overdue", "已逾期"),
    ("obligation_state.at_risk", "At risk", "有风险"),
    ("obligation_state.open", "Open", "进行中"),
    ("project_status.pipeline", "Pipeline", "筹备中"),
    ("project_status.implementation", "Implementation", "实施中"),
    ("project_status.finalisation", "Finalisation", "收尾中"),
    ("project_status.closed", "Closed", "已关闭"),
    ("project_status.cancelled", "Cancelled", "已取消"),
    ("project_status.suspended", "Suspended", "已暂停"),
    (
        "transaction_kind.incoming_funds",
        "Incoming funds",
        "资金到账",
    ),
    ("transaction_kind.commitment", "Commitment", "承诺"),
    ("transaction_kind.disbursement", "Disbursement", "拨付"),
    ("transaction_kind.expenditure", "Expenditure", "支出"),
    ("audit_action.create", "Created", "创建"),
    ("audit_action.update", "Updated", "修改"),
    ("audit_action.upsert", "Recorded", "记录"),
    (
        "audit_action.drafted_from_press_release",
        "Drafted from a press release (proposal kept)",
        "由新闻稿生成草稿（保留原始建议）",
    ),
    (
        "milestone_state.achieved_on_time",
        "Achieved on time",
        "按期完成",
    ),
    ("milestone_state.achieved_late", "Achieved late", "延期完成"),
    ("milestone_state.overdue", "Overdue", "已逾期"),
    ("milestone_state.upcoming", "Upcoming", "未到期"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_used_in_templates_exists() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/templates");
        let mut missing = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap();
            for chunk in text.split("t.s(\"").skip(1) {
                let key = &chunk[..chunk.find('"').unwrap()];
                if !STRINGS.iter().any(|(k, _, _)| *k == key) {
                    missing.push(format!("{}: {key}", path.display()));
                }
            }
        }
        assert!(missing.is_empty(), "missing translations: {missing:?}");
    }

    #[test]
    fn keys_are_unique_and_both_languages_filled() {
        for (i, (key, en, zh)) in STRINGS.iter().enumerate() {
            assert!(!en.is_empty() && !zh.is_empty(), "{key}");
            assert!(
                !STRINGS[..i].iter().any(|(k, _, _)| k == key),
                "duplicate {key}"
            );
        }
    }

    #[test]
    fn every_enum_value_has_a_label() {
        use pactum_core::*;
        let t = Tr(Lang::Zh);
        let families: Vec<(&str, Vec<&str>)> = vec![
            (
                "agreement_kind",
                AgreementKind::ALL.iter().map(|v| v.as_str()).collect(),
            ),
            (
                "agreement_status",
                AgreementStatus::ALL.iter().map(|v| v.as_str()).collect(),
            ),
            (
                "party_role",
                PartyRole::ALL.iter().map(|v| v.as_str()).collect(),
            ),
            (
                "org_kind",
                OrganisationKind::ALL.iter().map(|v| v.as_str()).collect(),
            ),
            (
                "project_status",
                ProjectStatus::ALL.iter().map(|v| v.as_str()).collect(),
            ),
            (
                "transaction_kind",
                TransactionKind::ALL.iter().map(|v| v.as_str()).collect(),
            ),
        ];
        for (family, values) in families {
            for v in values {
                let key = format!("{family}.{v}");
                assert!(STRINGS.iter().any(|(k, _, _)| *k == key), "missing {key}");
                assert!(!t.enum_value(family, v).is_ascii(), "{key} not translated");
            }
        }
    }
}
