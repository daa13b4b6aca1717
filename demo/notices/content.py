"""Demo content of the publishing section: the holiday list, attachments, notices
(通知, 公告 and 公示), policy texts and articles, with English versions of some.

Plain data only, all written for this demo. Names of laws and regulations are
real and their basic facts (authority, number, dates) are given as published;
every body is our own short summary, not the official text, and says so. Every
other document, organization, person, phone number and address is fictional.

Body blocks are the home demo's tuples: ("h2", str), ("p", str), ("list", [str]),
("callout", str), ("table", [[header, ...], [cell, ...], ...]). An "en" dict holds
an English version; its body mirrors the Chinese one block for block.

Dates are ISO text, or a number of days from the day the demo is loaded: that
keeps two 公示 open and one about to open whenever the demo is loaded. Titles and
document numbers of those may contain {year}, the year of their date.
"""

CENTER = "广东省社会组织服务中心"
CENTER_EN = "Guangdong Provincial Social Organization Service Center"
CIVIL_AFFAIRS = "广东省民政厅"
CIVIL_AFFAIRS_EN = "Department of Civil Affairs of Guangdong Province"

OBJECTIONS = {
    "phone": "020-8600 1236",
    "email": "gongshi@shzzfw.example.org",
    "address": "广州市天河区善和路128号公益服务大厦5楼 广东省社会组织服务中心综合部（邮编510630）",
    "address_en": (
        "General Office, Guangdong Provincial Social Organization Service Center, 5/F Public Service Building, "
        "128 Shanhe Road, Tianhe District, Guangzhou 510630"
    ),
}

# County offices that edit their own news section: section slug, group, username, password.
COUNTY_EDITORS = [
    ("yuexiu-news", "越秀区编辑", "yuexiu", "demo-yuexiu-2026"),
    ("nanhai-news", "南海区编辑", "nanhai", "demo-nanhai-2026"),
]

# DEMO DATA, to be checked against the State Council General Office's notice on each
# year's public holidays (国务院办公厅关于××年部分节假日安排的通知) before real use.
# (name, first day off, last day off, [weekend days worked in exchange (调休上班)]);
# the builder stores the weekdays of each break and the make-up working days.
HOLIDAYS = [
    ("元旦", "2025-01-01", "2025-01-01", []),
    ("春节", "2025-01-28", "2025-02-04", ["2025-01-26", "2025-02-08"]),
    ("清明节", "2025-04-04", "2025-04-06", []),
    ("劳动节", "2025-05-01", "2025-05-05", ["2025-04-27"]),
    ("端午节", "2025-05-31", "2025-06-02", []),
    ("国庆节、中秋节", "2025-10-01", "2025-10-08", ["2025-09-28", "2025-10-11"]),
    ("元旦", "2026-01-01", "2026-01-03", ["2026-01-04"]),
    ("春节", "2026-02-15", "2026-02-23", ["2026-02-14", "2026-02-28"]),
    ("清明节", "2026-04-04", "2026-04-06", []),
    ("劳动节", "2026-05-01", "2026-05-05", ["2026-05-09"]),
    ("端午节", "2026-06-19", "2026-06-21", []),
    ("中秋节", "2026-09-25", "2026-09-27", []),
    ("国庆节", "2026-10-01", "2026-10-07", ["2026-09-20", "2026-10-10"]),
]

# Attachments, by document title: a blank PDF form ("form": row labels) or an
# XLSX list ("sheet": header row, then rows). "file" names the stored file.
ATTACHMENTS = {
    "社会组织等级评估申请表": {
        "file": "assessment-application-form",
        "form": [
            "社会组织名称",
            "统一社会信用代码",
            "组织类型",
            "登记时间",
            "法定代表人",
            "联系人及电话",
            "上次评估等级",
            "申请评估等级",
            "近两年主要工作",
            "自评得分",
            "理事会意见（盖章）",
            "日期",
        ],
    },
    "2026年度等级评估工作日程安排": {
        "file": "assessment-schedule-2026",
        "sheet": [
            ["序号", "工作环节", "时间安排", "负责部门", "备注"],
            [1, "申报受理", "3月10日至4月30日", "评估服务部", "网上提交并报送纸质材料"],
            [2, "材料初审", "5月6日至5月29日", "评估服务部", "材料不全的一次性告知补正"],
            [3, "实地考察", "6月至9月", "评估专家组", "提前5个工作日通知"],
            [4, "专家评审", "10月", "评估委员会", ""],
            [5, "结果公示", "11月", "综合部", "公示期不少于5个工作日"],
            [6, "等级确认", "12月", "省民政厅", "颁发证书和牌匾"],
        ],
    },
    "政府购买服务项目申报书（模板）": {
        "file": "project-application-template",
        "form": [
            "项目名称",
            "申报单位",
            "统一社会信用代码",
            "项目负责人",
            "联系电话",
            "服务领域",
            "服务对象及人数",
            "项目周期",
            "申请资金（万元）",
            "项目目标",
            "主要活动",
            "预期成效",
            "单位意见（盖章）",
        ],
    },
    "项目预算明细表": {
        "file": "project-budget-sheet",
        "sheet": [
            ["序号", "支出科目", "计算依据", "金额（元）", "备注"],
            [1, "人员经费", "项目社工2人×10个月×5000元", 100000, "含社保"],
            [2, "活动经费", "小组和社区活动24场×1500元", 36000, ""],
            [3, "物资费用", "活动物资和宣传品", 12000, ""],
            [4, "督导与培训", "外聘督导12次×800元", 9600, ""],
            [5, "管理费用", "不超过项目总额的10%", 15000, ""],
            ["", "合计", "", 172600, "示例数据，请按实际填写"],
        ],
    },
    "培训报名回执": {
        "file": "finance-training-reply-form",
        "form": [
            "单位名称",
            "统一社会信用代码",
            "参训人员姓名",
            "职务",
            "手机号码",
            "电子邮箱",
            "是否需要住宿",
            "备注",
        ],
    },
    "孵化基地入驻申请表": {
        "file": "incubation-application-form",
        "form": [
            "机构名称",
            "成立（登记）时间",
            "登记状态",
            "负责人",
            "联系电话",
            "全职人员数",
            "主要服务领域",
            "申请入驻期限",
            "拟开展项目",
            "需要的支持",
            "机构承诺（签章）",
        ],
    },
    "编外工作人员报名表": {
        "file": "recruitment-application-form",
        "form": [
            "姓名",
            "性别",
            "出生年月",
            "政治面貌",
            "学历学位",
            "毕业院校及专业",
            "报考岗位",
            "联系电话",
            "工作经历",
            "本人承诺（签名）",
        ],
    },
    "2026年编外工作人员招聘岗位表": {
        "file": "recruitment-posts-2026",
        "sheet": [
            ["序号", "岗位名称", "岗位职责", "人数", "学历要求", "专业要求", "其他条件"],
            [
                1,
                "项目管理专员",
                "政府购买服务项目的受理、跟踪和档案管理",
                1,
                "本科及以上",
                "社会工作、公共管理类",
                "两年以上相关工作经历",
            ],
            [
                2,
                "财务辅导专员",
                "社会组织财务培训和日常咨询",
                1,
                "本科及以上",
                "会计学、财务管理",
                "具有初级及以上会计专业技术资格",
            ],
        ],
    },
    "拟立项项目名单（公示）": {
        "file": "project-shortlist",
        "sheet": [
            ["序号", "项目名称", "申报单位", "服务领域", "所在地区", "拟资助金额（万元）"],
            [1, "“长者饭堂+”社区助餐与探访服务", "广州市映山社会工作服务中心", "养老服务", "广州市越秀区", 18.0],
            [2, "困境儿童“成长伙伴”陪伴计划", "佛山市南海区同心家园服务社", "儿童关爱", "佛山市南海区", 15.5],
            [3, "山区学校课后阅读支持项目", "韶关市山语乡村发展促进会", "乡村振兴", "韶关市", 12.0],
            [4, "残障青年职业技能与就业辅导", "湛江市红土助残服务中心", "助残服务", "湛江市", 16.0],
            [5, "渔港社区邻里互助议事项目", "汕头市海滨社区发展协会", "社区治理", "汕头市", 10.5],
            [6, "跨境家庭婚姻家庭辅导服务", "珠海市湾畔家庭服务中心", "家庭服务", "珠海市", 14.0],
            [7, "新就业群体“暖心驿站”服务", "深圳市禾苗社区发展中心", "社区服务", "深圳市", 13.5],
        ],
    },
    "等级评估结果名单（公示）": {
        "file": "assessment-results",
        "sheet": [
            ["序号", "社会组织名称", "组织类型", "评估等级"],
            [1, "广东省青禾公益发展促进会", "社会团体", "5A"],
            [2, "广东省岭南乡村振兴基金会", "基金会", "5A"],
            [3, "广东省社会工作督导人才协会", "社会团体", "4A"],
            [4, "广东省湾区应急救援服务中心", "社会服务机构", "4A"],
            [5, "广东省长者友好服务促进会", "社会团体", "4A"],
            [6, "广东省晨光助学基金会", "基金会", "3A"],
            [7, "广东省社区营造研究中心", "社会服务机构", "3A"],
        ],
    },
    "公示异议反馈表": {
        "file": "disclosure-objection-form",
        "form": [
            "反映人姓名",
            "身份证号码",
            "工作单位",
            "联系电话",
            "通讯地址",
            "异议对象",
            "异议事项及理由",
            "证明材料目录",
            "反映人签名",
            "日期",
        ],
    },
    "2025年度公益创投大赛获奖项目名单": {
        "file": "venture-awards-2025",
        "sheet": [
            ["序号", "奖项", "项目名称", "实施单位", "所在地区"],
            [1, "金奖", "“银龄课堂”老年人数字生活辅导", "广州市映山社会工作服务中心", "广州市"],
            [2, "金奖", "海岛儿童自然教育营", "珠海市湾畔家庭服务中心", "珠海市"],
            [3, "银奖", "外卖骑手职业安全互助计划", "深圳市禾苗社区发展中心", "深圳市"],
            [4, "银奖", "客家古村落青年返乡创业陪伴", "梅州市客乡发展促进会", "梅州市"],
            [5, "银奖", "听障儿童家庭支持小组", "湛江市红土助残服务中心", "湛江市"],
            [6, "铜奖", "社区旧物循环小站", "佛山市南海区同心家园服务社", "佛山市"],
        ],
    },
    "孵化基地入驻承诺书": {
        "file": "incubation-pledge-form",
        "form": [
            "机构名称",
            "负责人",
            "遵守基地管理规定",
            "按期报送工作报告",
            "不开展营利性活动",
            "场地和设施使用",
            "承诺人（签章）",
            "日期",
        ],
    },
    "社会组织等级评估自评表": {
        "file": "assessment-self-evaluation-form",
        "form": [
            "基础条件",
            "内部治理",
            "工作绩效",
            "社会评价",
            "信息公开",
            "党建工作",
            "自评总分",
            "存在问题及改进措施",
            "负责人签字（盖章）",
        ],
    },
}

# ---------------------------------------------------------------------- notices
# Newest 公示 first, then the rest by date; the list page sorts them anyway.
NOTICES = [
    # 公示 open whenever the demo is loaded
    {
        "slug": "project-shortlist-disclosure",
        "kind": "disclosure",
        "title": "关于{year}年度省级政府购买社会组织服务（第二批）拟立项项目的公示",
        "date": -2,
        "document_number": "粤社服〔{year}〕58号",
        "topic": "projects",
        "pinned": True,
        "disclosure_start": -2,
        "disclosure_working_days": 7,
        "summary": "经资格审查和专家评审，7个项目拟列入第二批省级政府购买社会组织服务项目，现予公示，接受社会监督。",
        "body": [
            (
                "p",
                "根据省级政府购买社会组织服务项目申报工作安排，中心组织对第二批申报项目进行了资格审查、专家评审和综合评定，提出了拟立项项目名单。现将名单予以公示。",
            ),
            ("h2", "一、公示内容"),
            (
                "p",
                "拟立项项目共7个，涉及养老服务、儿童关爱、乡村振兴、助残服务和社区治理等领域，拟资助金额合计99.5万元。具体名单见附件。",
            ),
            ("h2", "二、公示期限"),
            ("p", "公示期为7个工作日，自本公示发布之日起计算。"),
            ("h2", "三、异议受理"),
            (
                "p",
                "公示期内，任何单位和个人对拟立项项目有异议的，可通过本页所列电话、电子邮箱或信函向中心实名反映。中心将对反映的问题进行核实，并为反映人保密。",
            ),
        ],
        "attachments": ["拟立项项目名单（公示）"],
        "en": {
            "title": "Public disclosure: proposed projects in the second round of provincial government-funded services for {year}",
            "summary": "After eligibility checks and expert review, seven projects are proposed for the second round of provincially funded services. The list is published for public scrutiny.",
            "body": [
                (
                    "p",
                    "Following the arrangements for applications to the provincial programme of government-purchased services, the Center checked the eligibility of the second-round applications, had them reviewed by experts and drew up a list of proposed projects. The list is published here.",
                ),
                ("h2", "1. What is disclosed"),
                (
                    "p",
                    "Seven projects are proposed, in services for older people, care for children, rural revitalisation, support for people with disabilities and community governance, with proposed funding of CNY 995,000 in total. The list is attached.",
                ),
                ("h2", "2. Disclosure period"),
                ("p", "The disclosure period is seven working days from the day this notice is published."),
                ("h2", "3. Objections"),
                (
                    "p",
                    "During the disclosure period, any organization or person who objects to a proposed project may write to or call the Center under their real name, using the contacts on this page. The Center will look into every objection and keep the identity of the person raising it confidential.",
                ),
            ],
            "attachments": ["List of proposed projects (for disclosure)"],
        },
    },
    {
        "slug": "assessment-results-disclosure",
        "kind": "disclosure",
        "title": "关于{year}年度全省性社会组织等级评估结果的公示",
        "date": -2,
        "document_number": "粤社服〔{year}〕61号",
        "topic": "registration",
        "disclosure_start": -2,
        "disclosure_working_days": 5,
        "summary": "7家全省性社会组织拟评定等级，其中5A级2家、4A级3家、3A级2家，公示期5个工作日。",
        "body": [
            (
                "p",
                "按照年度全省性社会组织等级评估工作安排，经材料初审、实地考察和评估委员会审议，提出了拟评定等级的社会组织名单，现予公示。",
            ),
            (
                "p",
                "本次拟评定5A级社会组织2家、4A级3家、3A级2家，名单见附件。评估等级有效期为5年，自省民政厅确认之日起计算。",
            ),
            (
                "p",
                "对公示名单有异议的，请于公示期内填写《公示异议反馈表》，连同相关证明材料以书面形式实名反映。公示期满无异议或异议不成立的，报省民政厅确认等级。",
            ),
        ],
        "attachments": ["等级评估结果名单（公示）", "公示异议反馈表"],
        "en": {
            "title": "Public disclosure: results of the {year} grading assessment of province-wide social organizations",
            "summary": "Seven province-wide social organizations are proposed for a grade: two at 5A, three at 4A and two at 3A. The disclosure period is five working days.",
            "body": [
                (
                    "p",
                    "Under this year's arrangements for grading province-wide social organizations, and after document checks, site visits and deliberation by the assessment committee, the organizations proposed for a grade are listed here for public scrutiny.",
                ),
                (
                    "p",
                    "Two organizations are proposed for grade 5A, three for 4A and two for 3A; the list is attached. A grade is valid for five years from the day the Department of Civil Affairs confirms it.",
                ),
                (
                    "p",
                    "Anyone who objects to the list should fill in the objection form and send it, with supporting evidence, in writing and under their real name before the period ends. If no objection is made, or an objection is not upheld, the grades are sent to the Department of Civil Affairs for confirmation.",
                ),
            ],
            "attachments": ["Assessment results (for disclosure)", "Objection form"],
        },
    },
    # 公示 about to open
    {
        "slug": "demonstration-stations-disclosure",
        "kind": "disclosure",
        "title": "关于拟认定“社会组织服务示范站”名单的公示",
        "date": 0,
        "written_on": -1,
        "document_number": "粤社服〔{year}〕63号",
        "topic": "cultivation",
        "disclosure_start": 3,
        "disclosure_working_days": 5,
        "summary": "经各地推荐和实地评估，拟认定5个县区社会组织服务平台为“社会组织服务示范站”，公示将于近日开始。",
        "body": [
            (
                "p",
                "为发挥基层社会组织服务平台的示范带动作用，中心组织开展了“社会组织服务示范站”认定工作。经各地推荐、材料审核和实地评估，拟认定以下5个服务平台为示范站。",
            ),
            (
                "table",
                [
                    ["序号", "服务平台", "所在地区"],
                    ["1", "越秀区社会组织服务平台", "广州市越秀区"],
                    ["2", "南海区社会组织服务中心", "佛山市南海区"],
                    ["3", "福田区社区社会组织枢纽平台", "深圳市福田区"],
                    ["4", "香洲区社会组织孵化基地", "珠海市香洲区"],
                    ["5", "梅江区社会组织服务站", "梅州市梅江区"],
                ],
            ),
            (
                "p",
                "公示期为5个工作日，自公示开始之日起计算。公示期内，对拟认定名单有异议的，可通过本页所列方式实名反映。",
            ),
        ],
    },
    # 公示 that have ended
    {
        "slug": "2025-venture-awards-disclosure",
        "kind": "disclosure",
        "title": "关于2025年度公益创投大赛获奖项目的公示",
        "date": "2025-12-08",
        "written_on": "2025-12-05",
        "document_number": "粤社服〔2025〕41号",
        "topic": "charity",
        "disclosure_start": "2025-12-08",
        "disclosure_end": "2025-12-14",
        "summary": "2025年度公益创投大赛决赛评出金奖2个、银奖3个、铜奖1个，获奖名单公示至12月14日。",
        "body": [
            (
                "p",
                "2025年度公益创投大赛经初赛、复赛和决赛路演，由评审委员会评出获奖项目6个，其中金奖2个、银奖3个、铜奖1个。现将获奖项目名单予以公示。",
            ),
            (
                "p",
                "获奖项目将获得相应的项目资助和为期一年的能力建设陪伴支持。资助资金拨付和使用按照公益创投项目管理有关规定执行。",
            ),
            ("p", "公示期为2025年12月8日至12月14日。对获奖项目有异议的，请在公示期内实名反映。"),
        ],
        "attachments": ["2025年度公益创投大赛获奖项目名单"],
    },
    {
        "slug": "2025-incubation-shortlist-disclosure",
        "kind": "disclosure",
        "title": "关于2025年第三批孵化基地拟入驻社会组织名单的公示",
        "date": "2025-09-26",
        "written_on": "2025-09-25",
        "document_number": "粤社服〔2025〕30号",
        "topic": "cultivation",
        "disclosure_start": "2025-09-26",
        "disclosure_working_days": 7,
        "summary": "经评审，4家社会组织拟入驻中心孵化基地，公示期7个工作日，遇国庆节、中秋节假期顺延。",
        "body": [
            (
                "p",
                "根据《孵化基地入驻管理办法》，中心对2025年第三批入驻申请进行了评审。经材料审核、现场答辩和综合评议，以下4家社会组织拟入驻孵化基地。",
            ),
            (
                "table",
                [
                    ["序号", "机构名称", "主要服务领域"],
                    ["1", "广州市映山社会工作服务中心", "养老服务"],
                    ["2", "广东省社区营造研究中心", "社区治理"],
                    ["3", "广州市木棉青年志愿服务促进会", "志愿服务"],
                    ["4", "广州市小树苗亲子阅读推广中心", "儿童关爱"],
                ],
            ),
            (
                "p",
                "公示期为7个工作日，自2025年9月26日起计算，国庆节、中秋节假期不计入公示期。公示期满无异议的，拟入驻机构须签署《孵化基地入驻承诺书》后办理入驻手续。",
            ),
        ],
        "attachments": ["孵化基地入驻承诺书"],
        "en": {
            "title": "Public disclosure: organizations proposed for the third 2025 intake of the incubation centre",
            "summary": "Four social organizations are proposed for the incubation centre. The disclosure period is seven working days, extended by the National Day and Mid-Autumn holidays.",
            "body": [
                (
                    "p",
                    "Under the rules for admission to the incubation centre, the Center reviewed the applications for the third intake of 2025. After document checks, interviews and an overall assessment, the four social organizations below are proposed for admission.",
                ),
                (
                    "table",
                    [
                        ["No.", "Organization", "Main field"],
                        ["1", "Yingshan Social Work Service Center, Guangzhou", "Services for older people"],
                        ["2", "Guangdong Community Building Research Center", "Community governance"],
                        ["3", "Kapok Youth Volunteering Association, Guangzhou", "Volunteering"],
                        ["4", "Little Sapling Family Reading Center, Guangzhou", "Care for children"],
                    ],
                ),
                (
                    "p",
                    "The disclosure period is seven working days from 26 September 2025; the National Day and Mid-Autumn holidays do not count. If no objection is made, each organization signs the incubation centre pledge and then moves in.",
                ),
            ],
            "attachments": ["Incubation centre pledge"],
        },
    },
    {
        "slug": "2026-staff-hire-disclosure",
        "kind": "disclosure",
        "title": "关于拟聘用编外工作人员的公示",
        "date": "2026-04-29",
        "written_on": "2026-04-28",
        "document_number": "粤社服〔2026〕27号",
        "topic": "personnel",
        "disclosure_start": "2026-04-29",
        "disclosure_working_days": 5,
        "summary": "经笔试、面试和考察，拟聘用2名编外工作人员，公示期5个工作日。",
        "body": [
            ("p", "根据《关于公开招聘编外工作人员的公告》，经资格审查、笔试、面试、考察和体检，拟聘用以下人员。"),
            (
                "table",
                [
                    ["姓名", "性别", "学历", "拟聘岗位"],
                    ["陈思雨", "女", "硕士研究生", "项目管理专员"],
                    ["黄志诚", "男", "大学本科", "财务辅导专员"],
                ],
            ),
            (
                "p",
                "公示期为5个工作日，自2026年4月29日起计算，劳动节假期不计入公示期。对拟聘用人员有异议的，请在公示期内实名反映。",
            ),
        ],
    },
    {
        "slug": "2024-project-completion-disclosure",
        "kind": "disclosure",
        "title": "关于2024年度政府购买服务项目结项评估结果的公示",
        "date": "2024-12-16",
        "written_on": "2024-12-13",
        "document_number": "粤社服〔2024〕38号",
        "topic": "projects",
        "disclosure_start": "2024-12-16",
        "disclosure_end": "2024-12-20",
        "summary": "2024年度28个政府购买服务项目完成结项评估，其中优秀9个、良好15个、合格4个。",
        "body": [
            (
                "p",
                "中心委托第三方评估机构对2024年度省级政府购买社会组织服务项目进行了结项评估。评估采取材料审阅、实地查看、服务对象访谈和财务审计相结合的方式。",
            ),
            (
                "p",
                "28个项目全部通过结项评估，其中评为优秀的9个、良好的15个、合格的4个。评估结果将作为承接单位今后申报项目的重要参考。",
            ),
            ("p", "公示期为2024年12月16日至12月20日。对评估结果有异议的，请在公示期内实名反映。"),
        ],
    },
    # 通知 and 公告
    {
        "slug": "2026-national-day-hall-closure",
        "kind": "announcement",
        "title": "关于2026年国庆节期间服务大厅暂停对外服务的公告",
        "date": "2026-09-24",
        "topic": "general",
        "validity": "lapsed",
        "effective_on": "2026-10-01",
        "expires_on": "2026-10-07",
        "summary": "10月1日至7日服务大厅暂停现场服务，网上办事渠道正常开放，10月8日起恢复现场服务。",
        "body": [
            (
                "p",
                "根据国家法定节假日安排，中心服务大厅于2026年10月1日至7日暂停现场服务，10月8日起恢复正常。9月20日（星期日）、10月10日（星期六）正常上班。",
            ),
            ("p", "假期期间，省社会组织服务平台网上预约、材料预审和政策咨询留言功能正常开放，节后按提交顺序处理。"),
            ("p", "如遇紧急事项，可拨打值班电话020-8600 1299。由此给您带来的不便，敬请谅解。"),
        ],
        "en": {
            "title": "Service hall closed during the 2026 National Day holiday",
            "summary": "The service hall is closed from 1 to 7 October. Online services stay open and the hall reopens on 8 October.",
            "body": [
                (
                    "p",
                    "In line with the national public holiday arrangements, the Center's service hall is closed to visitors from 1 to 7 October 2026 and reopens on 8 October. Sunday 20 September and Saturday 10 October are normal working days.",
                ),
                (
                    "p",
                    "During the holiday, online booking, advance document checks and policy questions on the provincial social organization service platform remain open; requests are dealt with in order after the holiday.",
                ),
                ("p", "For urgent matters, call the duty line on 020-8600 1299. We apologise for any inconvenience."),
            ],
        },
    },
    {
        "slug": "2026-training-procurement-result",
        "kind": "announcement",
        "title": "关于社会组织能力建设培训服务采购项目成交结果的公告",
        "date": "2026-08-18",
        "written_on": "2026-08-17",
        "document_number": "粤社服〔2026〕42号",
        "topic": "finance",
        "summary": "社会组织能力建设培训服务采购项目经竞争性磋商，确定成交供应商，成交金额38.6万元。",
        "body": [
            (
                "p",
                "中心社会组织能力建设培训服务采购项目于2026年8月12日进行竞争性磋商，经磋商小组评审，现将成交结果公告如下。",
            ),
            ("h2", "一、项目概况"),
            (
                "p",
                "本项目为2026年9月至2027年8月面向全省社会组织负责人和财务人员的能力建设培训服务，包括线下培训12期、线上课程24讲。",
            ),
            ("h2", "二、成交信息"),
            ("p", "成交供应商：广东岭南公益培训发展中心；成交金额：人民币38.6万元。"),
            ("h2", "三、公告期限"),
            (
                "p",
                "本公告期限为1个工作日。参加磋商的供应商认为成交结果使其权益受到损害的，可在知道或者应知其权益受到损害之日起7个工作日内，以书面形式向中心提出质疑。联系人：冯老师，电话020-8600 1215。",
            ),
        ],
    },
    {
        "slug": "2026-finance-training",
        "kind": "notice",
        "title": "关于举办2026年社会组织财务管理培训班的通知",
        "date": "2026-05-12",
        "written_on": "2026-05-11",
        "document_number": "粤社服〔2026〕30号",
        "topic": "cultivation",
        "summary": "6月9日至10日在广州举办财务管理培训班，面向全省性社会组织财务负责人，免收培训费。",
        "body": [
            (
                "p",
                "为帮助社会组织规范财务管理、防范资金风险，中心定于2026年6月9日至10日举办社会组织财务管理培训班。现将有关事项通知如下。",
            ),
            ("h2", "一、培训对象"),
            ("p", "全省性社会组织的财务负责人或会计人员，每个单位限报1人，共120个名额。"),
            ("h2", "二、培训内容"),
            (
                "list",
                [
                    "《民间非营利组织会计制度》要点和常见问题",
                    "捐赠收入和限定性资产的核算",
                    "政府购买服务项目资金的管理和审计",
                    "年度财务报告编制与信息公开",
                ],
            ),
            ("h2", "三、报名方式"),
            (
                "p",
                "请于5月29日前将《培训报名回执》发送至电子邮箱peixun@shzzfw.example.org。培训不收取任何费用，交通和食宿费用由参训单位自理。联系人：何老师，电话020-8600 1217。",
            ),
        ],
        "attachments": ["培训报名回执"],
    },
    {
        "slug": "2026-project-call",
        "kind": "notice",
        "title": "关于申报2026年度省级政府购买社会组织服务项目的通知",
        "date": "2026-04-15",
        "written_on": "2026-04-13",
        "document_number": "粤社服〔2026〕21号",
        "topic": "projects",
        "effective_on": "2026-04-15",
        "expires_on": "2026-05-31",
        "summary": "2026年度省级政府购买社会组织服务项目开始申报，重点支持养老、儿童关爱、助残和乡村振兴领域，申报截止日期为5月31日。",
        "body": [
            (
                "p",
                "为引导社会组织有序参与社会服务，根据政府购买服务有关规定，现组织申报2026年度省级政府购买社会组织服务项目。有关事项通知如下。",
            ),
            ("h2", "一、申报条件"),
            (
                "p",
                "申报单位应为依法登记满一年的社会组织，上一年度年度报告已按时报送，未被列入活动异常名录或严重违法失信名单，具有独立的财务管理制度和实施项目的专业能力。",
            ),
            ("h2", "二、支持领域和额度"),
            (
                "p",
                "重点支持养老服务、儿童关爱、助残服务、乡村振兴和社区治理等领域。单个项目资助额度一般为10万元至20万元，项目周期不超过12个月。",
            ),
            ("h2", "三、申报材料和时间"),
            (
                "p",
                "申报单位填写申报书和预算明细表，于2026年5月31日前通过省社会组织服务平台提交。逾期不予受理。评审结果将在本网站公示。",
            ),
            ("callout", "中心不委托任何机构或个人代理项目申报，申报和评审全程不收取任何费用。"),
        ],
        "attachments": ["政府购买服务项目申报书（模板）", "项目预算明细表"],
        "en": {
            "title": "Call for applications: provincial government-funded services by social organizations, 2026",
            "summary": "Applications are open for the 2026 provincial programme of government-purchased services, with priority for older people, children, people with disabilities and rural revitalisation. The deadline is 31 May.",
            "body": [
                (
                    "p",
                    "To help social organizations take part in public services in an orderly way, and under the rules on government purchase of services, the Center invites applications for the 2026 provincial programme. Details are as follows.",
                ),
                ("h2", "1. Who may apply"),
                (
                    "p",
                    "Social organizations registered for at least one year that filed last year's annual report on time, are not on the list of organizations with irregular activities or the list of serious breaches of trust, keep their own financial management rules and have the expertise to run the project.",
                ),
                ("h2", "2. Priority areas and funding"),
                (
                    "p",
                    "Priority goes to services for older people, care for children, support for people with disabilities, rural revitalisation and community governance. A project normally receives CNY 100,000 to 200,000 and runs for no more than 12 months.",
                ),
                ("h2", "3. Documents and deadline"),
                (
                    "p",
                    "Fill in the application form and the budget sheet and submit them on the provincial social organization service platform by 31 May 2026. Late applications are not accepted. The results of the review will be disclosed on this website.",
                ),
                (
                    "callout",
                    "The Center does not authorise any agency or person to apply on anyone's behalf, and charges no fees at any stage of application or review.",
                ),
            ],
            "attachments": ["Application form (template)", "Budget sheet"],
        },
    },
    {
        "slug": "2026-staff-recruitment",
        "kind": "announcement",
        "title": "关于公开招聘编外工作人员的公告",
        "date": "2026-03-30",
        "written_on": "2026-03-27",
        "document_number": "粤社服〔2026〕19号",
        "topic": "personnel",
        "validity": "lapsed",
        "effective_on": "2026-03-30",
        "expires_on": "2026-04-10",
        "summary": "中心公开招聘项目管理专员和财务辅导专员各1名，报名时间为3月30日至4月10日。",
        "body": [
            ("p", "因工作需要，中心面向社会公开招聘编外工作人员2名。招聘工作坚持公开、平等、竞争、择优的原则。"),
            ("h2", "一、招聘岗位"),
            ("p", "项目管理专员1名、财务辅导专员1名，岗位职责和资格条件详见《招聘岗位表》。"),
            ("h2", "二、报名方式"),
            (
                "p",
                "报名时间为2026年3月30日至4月10日。请将《编外工作人员报名表》及学历证书、身份证扫描件发送至zhaopin@shzzfw.example.org，邮件主题注明“姓名+报考岗位”。",
            ),
            ("h2", "三、考核和聘用"),
            (
                "p",
                "招聘按照资格审查、笔试、面试、考察、体检的程序进行，拟聘用人员名单将在本网站公示。咨询电话：020-8600 1206（罗老师）。",
            ),
        ],
        "attachments": ["编外工作人员报名表", "2026年编外工作人员招聘岗位表"],
    },
    {
        "slug": "2026-assessment-notice",
        "kind": "notice",
        "title": "关于开展2026年度全省性社会组织等级评估工作的通知",
        "date": "2026-03-09",
        "written_on": "2026-03-06",
        "document_number": "粤社服〔2026〕12号",
        "topic": "registration",
        "pinned": True,
        "effective_on": "2026-03-09",
        "expires_on": "2026-12-31",
        "summary": "2026年度全省性社会组织等级评估申报启动，符合条件的社会团体、基金会和社会服务机构可于4月30日前提交申请。",
        "body": [
            (
                "p",
                "为推动社会组织加强自身建设、提升服务能力，根据省民政厅关于社会组织评估工作的部署，中心受委托组织开展2026年度全省性社会组织等级评估工作。现将有关事项通知如下。",
            ),
            ("h2", "一、评估对象"),
            (
                "p",
                "在省民政厅登记、取得法人登记证书满两个年度的社会团体、基金会和社会服务机构，可自愿申请参加评估。评估等级有效期届满的，可申请重新评估。",
            ),
            ("h2", "二、申报时间和方式"),
            (
                "p",
                "申报时间为2026年3月10日至4月30日。申请单位填写《社会组织等级评估申请表》，加盖印章后通过省社会组织服务平台上传，同时将纸质材料一式两份报送中心。",
            ),
            ("h2", "三、评估程序"),
            (
                "p",
                "评估按照材料初审、实地考察、专家评审、结果公示、等级确认的程序进行，各环节时间见附件日程安排。请申请单位提前整理近两年的财务报表、会议纪要和活动档案。",
            ),
            ("h2", "四、联系方式"),
            ("p", "咨询电话：020-8600 1221（赵老师）、020-8600 1222（梁老师）；电子邮箱：pinggu@shzzfw.example.org。"),
        ],
        "attachments": ["社会组织等级评估申请表", "2026年度等级评估工作日程安排"],
        "en": {
            "title": "Notice on the 2026 grading assessment of province-wide social organizations",
            "summary": "Applications are open for the 2026 grading assessment. Eligible social associations, foundations and social service agencies may apply until 30 April.",
            "body": [
                (
                    "p",
                    "To encourage social organizations to strengthen themselves and improve their services, and as arranged by the Department of Civil Affairs, the Center has been asked to run the 2026 grading assessment of province-wide social organizations. Details are as follows.",
                ),
                ("h2", "1. Who may apply"),
                (
                    "p",
                    "Social associations, foundations and social service agencies registered with the Department of Civil Affairs that have held their legal-person certificate for two full years may apply voluntarily. Organizations whose grade has expired may apply to be assessed again.",
                ),
                ("h2", "2. When and how to apply"),
                (
                    "p",
                    "Applications are accepted from 10 March to 30 April 2026. Fill in the assessment application form, stamp it, upload it on the provincial social organization service platform and send two paper copies to the Center.",
                ),
                ("h2", "3. Assessment procedure"),
                (
                    "p",
                    "The assessment runs through document checks, site visits, expert review, public disclosure of the results and confirmation of the grade; the attached schedule gives the dates. Please have the last two years' financial statements, meeting minutes and activity records ready.",
                ),
                ("h2", "4. Contacts"),
                ("p", "Phone 020-8600 1221 (Ms Zhao) or 020-8600 1222 (Mr Liang); email pinggu@shzzfw.example.org."),
            ],
            "attachments": ["Assessment application form", "Assessment schedule 2026"],
        },
    },
    {
        "slug": "2025-annual-report-support",
        "kind": "notice",
        "title": "关于做好2025年度社会组织年度报告辅导服务的通知",
        "date": "2026-02-26",
        "written_on": "2026-02-25",
        "document_number": "粤社服〔2026〕6号",
        "topic": "registration",
        "validity": "lapsed",
        "effective_on": "2026-03-01",
        "expires_on": "2026-05-31",
        "summary": "3月至5月中心提供年度报告填报辅导，包括集中培训、电话咨询和预约现场辅导。",
        "body": [
            (
                "p",
                "2025年度社会组织年度报告填报工作即将开始。为帮助社会组织准确、按时完成年度报告，中心在3月1日至5月31日期间提供辅导服务。",
            ),
            (
                "p",
                "辅导服务包括：3月中旬举办两场线上集中培训；工作日9:00至17:30提供电话咨询；对首次填报或有困难的社会组织，可预约到中心服务大厅接受一对一辅导。",
            ),
            (
                "p",
                "年度报告的报送和审核按照登记管理机关的要求进行，中心辅导不替代登记管理机关的审核意见。咨询电话：020-8600 1203。",
            ),
        ],
    },
    {
        "slug": "2025-new-booking-system",
        "kind": "announcement",
        "title": "关于启用新版社会组织服务预约系统的公告",
        "date": "2025-11-17",
        "written_on": "2025-11-14",
        "document_number": "粤社服〔2025〕36号",
        "topic": "general",
        "effective_on": "2025-12-01",
        "summary": "自12月1日起启用新版服务预约系统，可在网站、微信公众号和小程序预约现场服务。",
        "body": [
            ("p", "为方便社会组织和群众办事，中心对服务预约系统进行了升级，新版系统自2025年12月1日起启用。"),
            (
                "p",
                "新版系统支持网站、微信公众号和小程序三个入口，可预约登记咨询、年度报告辅导、孵化基地参观和场地借用等服务，并可查看预约进度、修改或取消预约。",
            ),
            ("p", "原预约系统于11月30日18:00停止使用，已在原系统成功预约12月服务的，预约继续有效。"),
        ],
    },
    {
        "slug": "2025-appointment-rules",
        "kind": "notice",
        "title": "关于印发《服务大厅预约办理规程》的通知",
        "date": "2025-03-18",
        "written_on": "2025-03-14",
        "document_number": "粤社服〔2025〕9号",
        "topic": "general",
        "effective_on": "2025-04-01",
        "summary": "《服务大厅预约办理规程》自2025年4月1日起施行，《服务大厅预约办理规程（试行）》同时废止。",
        "body": [
            (
                "p",
                "为规范服务大厅预约办理工作，在总结试行情况的基础上，中心修订形成了《服务大厅预约办理规程》，现予印发，请遵照执行。",
            ),
            ("h2", "一、主要变化"),
            (
                "p",
                "与试行规程相比，新规程增加了网上预约的改约和取消规则，明确了老年人、残疾人等群体的优先办理安排，并将预约时段由半天细化为每小时。",
            ),
            ("h2", "二、施行时间"),
            (
                "p",
                "本规程自2025年4月1日起施行。《关于印发〈服务大厅预约办理规程（试行）〉的通知》（粤社服〔2024〕5号）同时废止。",
            ),
        ],
    },
    {
        "slug": "2024-incubation-call-2",
        "kind": "notice",
        "title": "关于征集2024年第二批孵化基地入驻社会组织的通知",
        "date": "2024-06-03",
        "written_on": "2024-05-31",
        "document_number": "粤社服〔2024〕17号",
        "topic": "cultivation",
        "validity": "lapsed",
        "effective_on": "2024-06-03",
        "expires_on": "2024-07-15",
        "summary": "孵化基地征集第二批入驻社会组织，提供办公场地、能力建设和项目对接等支持，申请截止日期为7月15日。",
        "body": [
            ("p", "中心孵化基地现面向全省征集2024年第二批入驻社会组织，计划入驻6家，孵化期一般为一年。"),
            (
                "p",
                "入驻机构可免费使用共享办公场地和会议室，参加能力建设培训，获得财务、法律等专业咨询以及项目对接和资源链接支持。",
            ),
            (
                "p",
                "申请机构请填写《孵化基地入驻申请表》，于2024年7月15日前发送至fuhua@shzzfw.example.org。咨询电话：020-8600 1231（谭老师）。",
            ),
        ],
        "attachments": ["孵化基地入驻申请表"],
    },
    {
        "slug": "2024-appointment-rules-trial",
        "kind": "notice",
        "title": "关于印发《服务大厅预约办理规程（试行）》的通知",
        "date": "2024-02-20",
        "written_on": "2024-02-18",
        "document_number": "粤社服〔2024〕5号",
        "topic": "general",
        "validity": "repealed",
        "effective_on": "2024-03-01",
        "expires_on": "2025-03-31",
        "summary": "服务大厅试行预约办理，本规程已被2025年施行的《服务大厅预约办理规程》代替。",
        "body": [
            (
                "p",
                "为减少群众排队等候时间，中心服务大厅自2024年3月1日起试行预约办理。现将《服务大厅预约办理规程（试行）》印发给你们，请遵照执行。",
            ),
            (
                "p",
                "试行期间，登记咨询和年度报告辅导实行预约优先，未预约的按到达顺序办理。预约可通过网站或电话020-8600 1200进行。",
            ),
            ("callout", "本规程已于2025年4月1日废止，现行规定见《服务大厅预约办理规程》（粤社服〔2025〕9号）。"),
        ],
    },
]

# ------------------------------------------------------------------ policy texts
# A text that amends, replaces or interprets another comes after it and names it in
# "relations"; the builder links them once both exist.
SUMMARY_NOTE = "本页为演示网站编写的内容摘要，不是正式文本，具体规定以发布机关公布的正式文本为准。"
SUMMARY_NOTE_EN = (
    "This page is a summary written for the demo site, not the official text. The official text published by "
    "the issuing authority prevails."
)

POLICIES = [
    {
        "slug": "charity-law",
        "title": "中华人民共和国慈善法",
        "issuing_authority": "全国人民代表大会",
        "document_number": "中华人民共和国主席令第四十三号",
        "level": "national",
        "issued_on": "2016-03-16",
        "effective_on": "2016-09-01",
        "validity": "amended",
        "date": "2016-03-18",
        "summary": "慈善领域的基础性法律，对慈善组织、慈善募捐、慈善捐赠、慈善信托、慈善服务和信息公开等作出规定。2023年经全国人大常委会决定修改。",
        "body": [
            ("h2", "一、立法目的"),
            (
                "p",
                "这部法律旨在促进慈善事业发展，规范各类慈善活动，保护慈善组织、捐赠人、志愿者和受益人等参与各方的合法权益。",
            ),
            ("h2", "二、主要内容"),
            (
                "p",
                "法律对慈善组织的设立和认定、公开募捐资格、慈善捐赠和慈善信托、慈善财产的管理和使用、慈善服务、信息公开、促进措施以及监督管理和法律责任等作出了规定。",
            ),
            ("h2", "三、与社会组织的关系"),
            (
                "p",
                "依法登记的社会团体、基金会和社会服务机构，符合条件的可以申请认定为慈善组织。慈善组织面向社会公众开展募捐，应当依法取得公开募捐资格，并按规定公开募捐和使用情况。",
            ),
            ("callout", SUMMARY_NOTE),
        ],
        "en": {
            "title": "Charity Law of the People's Republic of China",
            "issuing_authority": "National People's Congress",
            "summary": "The basic law on charity, covering charitable organizations, fundraising, donations, charitable trusts, charitable services and disclosure. Amended by decision of the NPC Standing Committee in 2023.",
            "body": [
                ("h2", "1. Purpose"),
                (
                    "p",
                    "The law aims to promote charity, regulate charitable activities and protect the lawful rights and interests of everyone involved: charitable organizations, donors, volunteers and beneficiaries.",
                ),
                ("h2", "2. Main provisions"),
                (
                    "p",
                    "It covers the establishment and recognition of charitable organizations, qualification for public fundraising, donations and charitable trusts, the management and use of charitable assets, charitable services, disclosure, support measures, supervision and legal liability.",
                ),
                ("h2", "3. What it means for social organizations"),
                (
                    "p",
                    "Registered social associations, foundations and social service agencies that meet the conditions may apply to be recognised as charitable organizations. A charitable organization that raises funds from the public must hold a public fundraising qualification and disclose how funds are raised and used.",
                ),
                ("callout", SUMMARY_NOTE_EN),
            ],
        },
    },
    {
        "slug": "charity-law-amendment",
        "title": "全国人民代表大会常务委员会关于修改《中华人民共和国慈善法》的决定",
        "issuing_authority": "全国人民代表大会常务委员会",
        "document_number": "中华人民共和国主席令第十六号",
        "level": "national",
        "issued_on": "2023-12-29",
        "effective_on": "2024-09-05",
        "date": "2024-01-05",
        "relations": [("amends", "charity-law")],
        "summary": "对慈善法作出修改，主要涉及应急慈善、个人求助网络服务平台、公开募捐和慈善信托以及监督管理等方面，自2024年9月5日起施行。",
        "body": [
            ("p", "全国人大常委会对《中华人民共和国慈善法》作出修改，修改后的法律自2024年9月5日起施行。"),
            ("h2", "一、主要修改内容"),
            (
                "list",
                [
                    "增加应急慈善有关规定，规范重大突发事件中的慈善募捐和捐赠活动",
                    "对个人求助网络服务平台作出规范",
                    "完善公开募捐、慈善信托和慈善组织管理有关制度",
                    "加强对慈善活动的监督管理，完善法律责任",
                ],
            ),
            ("h2", "二、社会组织需要注意的事项"),
            ("p", "慈善组织应对照修改后的法律，检查章程、募捐方案、财务管理和信息公开制度，及时作出调整。"),
            ("callout", SUMMARY_NOTE),
        ],
        "en": {
            "title": "Decision of the Standing Committee of the National People's Congress on Amending the Charity Law of the People's Republic of China",
            "issuing_authority": "Standing Committee of the National People's Congress",
            "summary": "Amends the Charity Law, chiefly on charity in emergencies, online platforms for personal appeals for help, public fundraising, charitable trusts and supervision. In force from 5 September 2024.",
            "body": [
                (
                    "p",
                    "The NPC Standing Committee amended the Charity Law of the People's Republic of China. The amended law has applied since 5 September 2024.",
                ),
                ("h2", "1. Main changes"),
                (
                    "list",
                    [
                        "New provisions on charity in emergencies, regulating fundraising and donations during major public emergencies",
                        "Rules for online platforms where individuals appeal for help",
                        "Improved rules on public fundraising, charitable trusts and the management of charitable organizations",
                        "Stronger supervision of charitable activities and clearer legal liability",
                    ],
                ),
                ("h2", "2. What social organizations should check"),
                (
                    "p",
                    "Charitable organizations should review their articles of association, fundraising plans, financial management and disclosure rules against the amended law and update them where needed.",
                ),
                ("callout", SUMMARY_NOTE_EN),
            ],
        },
    },
    {
        "slug": "volunteer-service-regulations",
        "title": "志愿服务条例",
        "issuing_authority": "国务院",
        "document_number": "中华人民共和国国务院令第685号",
        "level": "national",
        "issued_on": "2017-08-22",
        "effective_on": "2017-12-01",
        "date": "2017-08-28",
        "summary": "规范志愿者、志愿服务组织和志愿服务活动，对志愿服务记录、志愿者权益保障和促进措施等作出规定。",
        "body": [
            (
                "p",
                "条例适用于志愿者、志愿服务组织和其他组织开展的志愿服务活动，明确了志愿服务自愿、无偿、平等、诚信、合法的基本要求。",
            ),
            (
                "p",
                "条例规定，志愿服务组织应当如实记录志愿者的服务情况，并根据志愿者的要求出具服务记录证明；安排志愿者参与可能发生人身危险的服务活动前，应当为其购买相应的人身意外伤害保险。",
            ),
            ("p", "条例还对志愿服务的促进措施作出规定，鼓励有关单位在招聘、招生等工作中将志愿服务情况作为参考。"),
            ("callout", SUMMARY_NOTE),
        ],
    },
    {
        "slug": "credit-information-measures",
        "title": "社会组织信用信息管理办法",
        "issuing_authority": "民政部",
        "document_number": "中华人民共和国民政部令第60号",
        "level": "national",
        "issued_on": "2018-01-24",
        "effective_on": "2018-03-01",
        "date": "2018-02-02",
        "summary": "规定社会组织信用信息的采集、公开和使用，以及活动异常名录和严重违法失信名单的列入、移出程序。",
        "body": [
            (
                "p",
                "办法规定，登记管理机关依据社会组织的登记、年度检查（年度报告）、评估、执法检查和行政处罚等信息，建立社会组织信用信息记录并依法向社会公开。",
            ),
            ("h2", "一、活动异常名录"),
            (
                "p",
                "未按时参加年度检查或报送年度报告、通过登记的住所无法取得联系等情形的社会组织，将被列入活动异常名录；问题纠正后，可申请移出。",
            ),
            ("h2", "二、严重违法失信名单"),
            (
                "p",
                "被列入活动异常名录满一定期限仍未纠正，或受到较重行政处罚的社会组织，将被列入严重违法失信名单，并在评估、政府购买服务等方面受到限制。",
            ),
            ("callout", SUMMARY_NOTE),
        ],
    },
    {
        "slug": "assessment-measures-2019",
        "title": "广东省社会组织等级评估实施办法",
        "issuing_authority": CIVIL_AFFAIRS,
        "document_number": "粤民规字〔2019〕4号",
        "level": "provincial",
        "issued_on": "2019-06-10",
        "effective_on": "2019-07-01",
        "repealed_on": "2025-07-01",
        "validity": "repealed",
        "date": "2019-06-12",
        "summary": "规定全省性社会组织等级评估的对象、等级、程序和结果运用。已被2025年修订的实施办法代替。",
        "body": [
            (
                "p",
                "办法规定，全省性社会组织等级评估由省民政厅组织实施，评估等级由高到低依次为5A级、4A级、3A级、2A级和1A级，有效期为5年。",
            ),
            ("p", "评估按照社会组织自愿申请、材料审核、实地考察、专家评审、结果公示和等级确认的程序进行。"),
            ("p", "获得3A级以上评估等级的社会组织，可以优先接受政府转移职能和购买服务。"),
            ("callout", SUMMARY_NOTE),
        ],
    },
    {
        "slug": "assessment-measures-2025",
        "title": "广东省社会组织等级评估实施办法（2025年修订）",
        "issuing_authority": CIVIL_AFFAIRS,
        "document_number": "粤民规字〔2025〕2号",
        "level": "provincial",
        "issued_on": "2025-05-20",
        "effective_on": "2025-07-01",
        "date": "2025-05-22",
        "pinned": True,
        "relations": [("replaces", "assessment-measures-2019")],
        "summary": "修订后的评估办法调整了评估指标，增加信息公开和诚信建设的权重，引入第三方评估机构，2019年版同时废止。",
        "body": [
            (
                "p",
                "为适应社会组织发展的新情况，省民政厅对2019年印发的等级评估实施办法进行了修订，修订后的办法自2025年7月1日起施行，原办法同时废止。",
            ),
            ("h2", "一、评估指标"),
            (
                "p",
                "评估指标分为基础条件、内部治理、工作绩效、社会评价四个部分，信息公开和诚信建设的分值有所提高。申请单位应先按附件自评表进行自评。",
            ),
            ("h2", "二、评估主体"),
            ("p", "省民政厅可以委托具备条件的第三方评估机构承担材料审核和实地考察工作，评估专家从专家库中随机抽取。"),
            ("h2", "三、结果运用"),
            (
                "p",
                "评估结果向社会公开，并作为政府购买服务、评比表彰和税收优惠资格认定的参考。评估等级有效期内出现严重违法违规行为的，降低或取消其评估等级。",
            ),
            ("callout", SUMMARY_NOTE),
        ],
        "attachments": ["社会组织等级评估自评表"],
        "en": {
            "title": "Guangdong Implementing Measures for the Grading Assessment of Social Organizations (2025 revision)",
            "issuing_authority": CIVIL_AFFAIRS_EN,
            "summary": "The revised measures change the assessment criteria, give more weight to disclosure and integrity, and bring in third-party assessors. The 2019 version is repealed.",
            "body": [
                (
                    "p",
                    "To keep pace with how social organizations have developed, the Department of Civil Affairs revised the grading measures issued in 2019. The revised measures apply from 1 July 2025, and the old measures are repealed on the same day.",
                ),
                ("h2", "1. Criteria"),
                (
                    "p",
                    "The criteria fall into four parts: basic conditions, internal governance, performance and public opinion. Disclosure and integrity now carry more points. Applicants first assess themselves with the attached self-evaluation form.",
                ),
                ("h2", "2. Who assesses"),
                (
                    "p",
                    "The Department may commission qualified third-party assessors to check documents and make site visits. Experts are drawn at random from the expert pool.",
                ),
                ("h2", "3. Use of the results"),
                (
                    "p",
                    "Results are made public and are taken into account in government purchase of services, awards and eligibility for tax benefits. An organization that seriously breaks the law or the rules while its grade is valid may be downgraded or lose its grade.",
                ),
                ("callout", SUMMARY_NOTE_EN),
            ],
            "attachments": ["Self-evaluation form"],
        },
    },
    {
        "slug": "assessment-measures-2025-explained",
        "title": "《广东省社会组织等级评估实施办法（2025年修订）》政策解读",
        "issuing_authority": CIVIL_AFFAIRS,
        "level": "provincial",
        "issued_on": "2025-05-22",
        "date": "2025-05-23",
        "relations": [("interprets", "assessment-measures-2025")],
        "summary": "从修订背景、主要变化和申请单位需要注意的事项三个方面，解读2025年修订的等级评估实施办法。",
        "body": [
            ("h2", "一、为什么修订"),
            (
                "p",
                "原办法施行以来，全省社会组织数量和类型发生了较大变化，部分评估指标已不能反映社会组织的实际运作情况，评估工作力量也需要补充。",
            ),
            ("h2", "二、主要有哪些变化"),
            (
                "p",
                "一是调整评估指标，提高信息公开和诚信建设的分值；二是引入第三方评估机构参与评估；三是明确评估等级的动态管理，对出现严重违法违规行为的社会组织降低或取消等级。",
            ),
            ("h2", "三、申请单位要注意什么"),
            (
                "p",
                "申请单位应当按新指标认真自评，重点准备近两年的理事会会议记录、财务报告和信息公开材料。2025年7月1日前已受理的评估申请，按原办法完成评估。",
            ),
            ("callout", SUMMARY_NOTE),
        ],
        "en": {
            "title": "Explanation of the Guangdong Implementing Measures for the Grading Assessment of Social Organizations (2025 revision)",
            "issuing_authority": CIVIL_AFFAIRS_EN,
            "summary": "Why the grading measures were revised in 2025, what changed and what applicants should note.",
            "body": [
                ("h2", "1. Why the measures were revised"),
                (
                    "p",
                    "Since the old measures took effect, the number and kinds of social organizations in the province have changed a great deal. Some criteria no longer reflected how organizations actually work, and more assessment capacity was needed.",
                ),
                ("h2", "2. What has changed"),
                (
                    "p",
                    "First, the criteria were adjusted and disclosure and integrity carry more points. Second, third-party assessors take part in the assessment. Third, grades are managed over time: an organization that seriously breaks the law or the rules may be downgraded or lose its grade.",
                ),
                ("h2", "3. What applicants should note"),
                (
                    "p",
                    "Applicants should assess themselves carefully against the new criteria and prepare the last two years' board minutes, financial reports and disclosures. Applications accepted before 1 July 2025 are assessed under the old measures.",
                ),
                ("callout", SUMMARY_NOTE_EN),
            ],
        },
    },
    {
        "slug": "charity-law-amendment-explained",
        "title": "慈善法修改后社会组织需要关注的几个问题",
        "issuing_authority": CENTER,
        "level": "department",
        "issued_on": "2024-08-28",
        "date": "2024-08-28",
        "relations": [("interprets", "charity-law-amendment")],
        "summary": "修改后的慈善法即将施行，中心梳理了与社会组织关系较密切的几个问题，供参考。",
        "body": [
            (
                "p",
                "修改后的《中华人民共和国慈善法》自2024年9月5日起施行。结合日常咨询中社会组织关心的问题，中心梳理了以下几个方面，供参考。",
            ),
            ("h2", "一、关于应急慈善"),
            (
                "p",
                "发生重大突发事件需要开展应急慈善活动的，慈善组织应当按照有关部门的统筹安排开展募捐和捐赠活动，及时公开募得款物的接收和使用情况。",
            ),
            ("h2", "二、关于个人求助"),
            (
                "p",
                "个人求助不属于慈善募捐。社会组织协助困难群众发布求助信息时，应当提示求助人如实提供信息，并通过依法指定的平台发布。",
            ),
            ("h2", "三、关于信息公开"),
            ("p", "慈善组织应当检查年度工作报告、财务会计报告和募捐活动信息的公开情况，确保内容真实、完整、及时。"),
            ("callout", SUMMARY_NOTE),
        ],
    },
    {
        "slug": "guangzhou-incubation-measures",
        "title": "广州市社会组织孵化基地管理办法",
        "issuing_authority": "广州市民政局",
        "document_number": "穗民规字〔2024〕6号",
        "level": "municipal",
        "issued_on": "2024-04-12",
        "effective_on": "2024-05-01",
        "date": "2024-04-16",
        "region": "440100",
        "summary": "规范广州市各级社会组织孵化基地的建设、入驻、孵化服务和出壳评估。",
        "body": [
            ("p", "办法适用于广州市、区两级民政部门设立或者委托运营的社会组织孵化基地。"),
            (
                "p",
                "孵化基地为入驻的初创期社会组织提供办公场地、能力建设、财务托管、项目对接等服务，孵化期一般不超过两年。",
            ),
            ("p", "孵化期满，基地组织出壳评估，评估合格的社会组织可获得后续跟踪支持。基地运营情况每年向社会公开。"),
            ("callout", SUMMARY_NOTE),
        ],
    },
    {
        "slug": "foshan-purchase-measures",
        "title": "佛山市政府购买社会组织服务实施办法",
        "issuing_authority": "佛山市民政局 佛山市财政局",
        "document_number": "佛民规〔2023〕3号",
        "level": "municipal",
        "issued_on": "2023-09-05",
        "effective_on": "2023-10-01",
        "date": "2023-09-08",
        "region": "440600",
        "summary": "明确佛山市政府向社会组织购买服务的范围、承接主体条件、购买程序和绩效评价。",
        "body": [
            ("h2", "一、购买范围"),
            ("p", "适合由社会组织承担的社区服务、养老助残、青少年服务、社会工作、行业管理等事项，可以向社会组织购买。"),
            ("h2", "二、承接主体"),
            (
                "p",
                "承接主体应当依法登记，具有健全的内部治理结构和财务制度，近两年无重大违法违规记录，年度报告按时报送。",
            ),
            ("h2", "三、绩效评价"),
            ("p", "购买主体应当对项目实施情况开展绩效评价，评价结果作为支付资金和以后选择承接主体的依据。"),
            ("callout", SUMMARY_NOTE),
        ],
    },
    {
        "slug": "incubation-rules",
        "title": "广东省社会组织服务中心孵化基地入驻管理办法",
        "issuing_authority": CENTER,
        "document_number": "粤社服〔2024〕8号",
        "level": "department",
        "issued_on": "2024-03-15",
        "effective_on": "2024-04-01",
        "validity": "amended",
        "date": "2024-03-15",
        "summary": "规定中心孵化基地的入驻条件、申请评审、孵化服务、日常管理和出壳程序。2026年作了修改。",
        "body": [
            ("h2", "一、入驻条件"),
            (
                "p",
                "申请入驻的应当是成立不满三年的社会组织或者正在筹备登记的团队，服务领域符合基地的孵化方向，有相对稳定的工作人员。",
            ),
            ("h2", "二、申请和评审"),
            (
                "p",
                "基地每年分批征集入驻机构。申请机构提交入驻申请表，经材料审核、现场答辩和综合评议，拟入驻名单在本网站公示。",
            ),
            ("h2", "三、孵化服务和管理"),
            (
                "p",
                "入驻机构免费使用共享办公场地，参加能力建设培训，每季度报送工作报告。孵化期一般为一年，期满进行出壳评估。",
            ),
            ("callout", SUMMARY_NOTE),
        ],
        "attachments": ["孵化基地入驻申请表", "孵化基地入驻承诺书"],
        "en": {
            "title": "Rules for Admission to the Incubation Centre of the Guangdong Provincial Social Organization Service Center",
            "issuing_authority": CENTER_EN,
            "summary": "Sets out who may join the Center's incubation centre, how applications are reviewed, the support offered, day-to-day rules and graduation. Amended in 2026.",
            "body": [
                ("h2", "1. Who may apply"),
                (
                    "p",
                    "Social organizations set up less than three years ago, or teams preparing to register, whose field of service fits the centre's focus and who have reasonably stable staff.",
                ),
                ("h2", "2. Application and review"),
                (
                    "p",
                    "The centre takes in new organizations in several rounds each year. Applicants submit the application form; after document checks, an interview and an overall assessment, the organizations proposed for admission are disclosed on this website.",
                ),
                ("h2", "3. Support and rules"),
                (
                    "p",
                    "Organizations use shared office space free of charge, take part in capacity-building training and report on their work every quarter. Incubation normally lasts one year and ends with a graduation assessment.",
                ),
                ("callout", SUMMARY_NOTE_EN),
            ],
            "attachments": ["Application form", "Pledge"],
        },
    },
    {
        "slug": "incubation-rules-amendment",
        "title": "关于修改《广东省社会组织服务中心孵化基地入驻管理办法》的决定",
        "issuing_authority": CENTER,
        "document_number": "粤社服〔2026〕15号",
        "level": "department",
        "issued_on": "2026-03-20",
        "effective_on": "2026-04-01",
        "date": "2026-03-20",
        "relations": [("amends", "incubation-rules")],
        "summary": "将孵化期延长至最长两年，增加线上孵化方式，并调整工作报告的报送频次。",
        "body": [
            (
                "p",
                "为更好地支持初创期社会组织发展，中心决定对《广东省社会组织服务中心孵化基地入驻管理办法》作如下修改。",
            ),
            (
                "list",
                [
                    "孵化期由一年调整为一般一年、最长不超过两年",
                    "增加“线上孵化”方式，不占用基地场地的机构也可申请孵化服务",
                    "工作报告由每季度报送调整为每半年报送",
                ],
            ),
            ("p", "本决定自2026年4月1日起施行。"),
            ("callout", SUMMARY_NOTE),
        ],
    },
]

# ---------------------------------------------------------------------- articles
# Outlets named as sources (南方社会报, 羊城公益周刊, 岭南民生报, 湾区公益观察) are
# fictional. "related" names other articles of this list by slug.
ARTICLES = [
    # ---------------------------------------------------------------- 媒体报道
    {
        "section": "media",
        "slug": "incubation-centre-five-years",
        "title": "孵化基地五年：从“小苗”到“大树”",
        "date": "2024-05-16",
        "source": "南方社会报",
        "author_role": "reporter",
        "authors": "南方社会报记者 陈嘉言 林晓岚",
        "region": "440106",
        "tags": ["孵化培育", "社会组织发展"],
        "related": ["first-project-matching-fair"],
        "summary": "五年来，省社会组织服务中心孵化基地累计孵化社会组织86家，其中多家已成长为当地服务的骨干力量。",
        "body": [
            (
                "p",
                "走进位于天河区的省社会组织服务中心孵化基地，开放式办公区里坐满了年轻人。有人在修改项目书，有人在和志愿者通电话。这里是不少社会组织起步的地方。",
            ),
            (
                "p",
                "基地负责人介绍，五年来基地累计孵化社会组织86家，出壳后仍在正常运作的有79家。这些机构的服务覆盖养老、儿童、助残、社区营造等领域。",
            ),
            (
                "p",
                "“刚来的时候，我们连财务账都不会做。”一家社工机构的负责人说，基地安排的财务托管和一对一辅导，让团队少走了很多弯路。",
            ),
            ("p", "记者了解到，基地下一步将探索线上孵化方式，让粤东西北地区的初创团队不用常驻广州，也能获得专业支持。"),
        ],
    },
    {
        "section": "media",
        "slug": "social-workers-in-mountain-villages",
        "title": "社工走进山区村：一个服务站的四季",
        "date": "2024-09-10",
        "source": "羊城公益周刊",
        "author_role": "reporter",
        "authors": "羊城公益周刊记者 黄子轩",
        "region": "440200",
        "tags": ["社会工作", "乡村振兴"],
        "summary": "在韶关一个山区村，两名驻村社工用一年时间摸清了村里留守老人和儿童的需要，服务从“送上门”变成了“长在村里”。",
        "body": [
            (
                "p",
                "春天，社工挨家挨户走访，记下每位独居老人的用药情况；夏天，村里的小学放假，服务站办起了“四点半课堂”。",
            ),
            ("p", "秋天是最忙的时候。社工联系县里的志愿者，帮村民把农产品挂到线上销售，又组织老人排练重阳节的节目。"),
            (
                "p",
                "到了冬天，服务站把一年的记录整理成册，交给村委会。村干部说，这本册子比任何统计表都清楚，谁家需要帮助一看就知道。",
            ),
        ],
    },
    {
        "section": "media",
        "slug": "charity-law-amendment-what-changes",
        "title": "慈善法修改施行 社会组织迎来哪些新变化",
        "date": "2024-09-06",
        "source": "岭南民生报",
        "author_role": "reporter",
        "authors": "岭南民生报记者 梁慧敏",
        "tags": ["慈善法", "政策解读"],
        "related": ["small-organizations-disclosure"],
        "summary": "修改后的慈善法9月5日起施行。记者采访了中心工作人员和几家慈善组织，了解新规定对社会组织日常工作的影响。",
        "body": [
            (
                "p",
                "9月5日，修改后的《中华人民共和国慈善法》正式施行。连日来，省社会组织服务中心的咨询电话明显增多，问得最多的是应急募捐和信息公开。",
            ),
            ("h2", "一、应急慈善有了专门规定"),
            (
                "p",
                "中心工作人员周文博介绍，修改后的法律对重大突发事件中的慈善活动作出专门规定，慈善组织要服从统筹安排，及时公开款物的接收和使用情况。",
            ),
            ("h2", "二、信息公开要求更具体"),
            (
                "p",
                "一家基金会的秘书长表示，机构已经对照新规定检查了官网上的年度报告和项目信息，“公开得越清楚，捐赠人越放心”。",
            ),
            ("p", "中心表示，近期将举办专题培训，帮助社会组织准确理解和落实新规定。"),
        ],
        "en": {
            "title": "The amended Charity Law takes effect: what changes for social organizations",
            "source": "Lingnan People's Daily",
            "authors": "Liang Huimin, reporter, Lingnan People's Daily",
            "tags": ["Charity Law", "policy explained"],
            "summary": "The amended Charity Law took effect on 5 September. Our reporter asked Center staff and several charities how the new rules affect the day-to-day work of social organizations.",
            "body": [
                (
                    "p",
                    "The amended Charity Law of the People's Republic of China took effect on 5 September. Since then the enquiry line of the Provincial Social Organization Service Center has been noticeably busier, with most questions about emergency fundraising and disclosure.",
                ),
                ("h2", "1. Dedicated rules for charity in emergencies"),
                (
                    "p",
                    "Zhou Wenbo of the Center explained that the amended law has specific rules for charitable activities during major public emergencies: charitable organizations must follow the overall arrangements and promptly disclose what they receive and how it is used.",
                ),
                ("h2", "2. More specific disclosure requirements"),
                (
                    "p",
                    'The secretary-general of one foundation said it had already checked the annual reports and project information on its website against the new rules. "The clearer we are, the more donors trust us."',
                ),
                (
                    "p",
                    "The Center says it will soon run training sessions to help social organizations understand and apply the new rules.",
                ),
            ],
        },
    },
    {
        "section": "media",
        "slug": "community-canteens-for-elders",
        "title": "社区长者饭堂背后的社会组织力量",
        "date": "2025-04-22",
        "source": "南方社会报",
        "author_role": "reporter",
        "authors": "南方社会报记者 陈嘉言",
        "region": "440605",
        "tags": ["养老服务", "社区服务"],
        "summary": "在南海区，社区长者饭堂由社会组织运营，除了提供午餐，还承担起探访、健康监测和文娱活动等服务。",
        "body": [
            (
                "p",
                "中午十一点半，南海区一个社区的长者饭堂已经坐满了老人。两荤一素一汤，价格实惠，行动不便的老人还可以由志愿者送餐上门。",
            ),
            (
                "p",
                "饭堂由一家社工服务社运营。负责人说，吃饭只是开始，很多老人因为来饭堂，重新和邻居熟络起来，社工也能及时发现老人的身体变化。",
            ),
            (
                "p",
                "据了解，南海区目前已有数十个长者饭堂由社会组织参与运营，区民政部门通过政府购买服务给予支持，并定期开展服务质量评估。",
            ),
        ],
    },
    {
        "section": "media",
        "slug": "volunteer-day-service-hours",
        "title": "国际志愿者日：越来越多的人把志愿服务当作生活的一部分",
        "date": "2025-12-05",
        "source": "湾区公益观察",
        "author_role": "reporter",
        "authors": "湾区公益观察记者 吴振宇 冯静怡",
        "tags": ["志愿服务"],
        "summary": "国际志愿者日当天，记者走访了三支志愿服务队伍，听他们讲述参与志愿服务的故事。",
        "body": [
            (
                "p",
                "12月5日是国际志愿者日。在广州一个地铁站，身穿红马甲的志愿者正在为乘客指路；在深圳一个社区，志愿者在帮助老人学习使用手机挂号。",
            ),
            ("p", "“以前觉得志愿服务是偶尔参加的活动，现在每周不去一次反而不习惯。”一名参加志愿服务五年的退休教师说。"),
            ("p", "受访的志愿服务组织负责人表示，规范记录服务时长、提供必要的培训和保险，是留住志愿者的关键。"),
        ],
    },
    {
        "section": "media",
        "slug": "online-booking-half-year",
        "title": "社会组织办事“少跑腿”：线上预约上线半年",
        "date": "2026-06-18",
        "source": "羊城公益周刊",
        "author_role": "reporter",
        "authors": "羊城公益周刊记者 邓浩然",
        "tags": ["政务服务"],
        "summary": "新版服务预约系统上线半年，社会组织到服务大厅办事的平均等候时间明显缩短。",
        "body": [
            (
                "p",
                "“以前来咨询年报，要在大厅等上一个多小时，现在提前在手机上约好时间，到了就办。”一家协会的工作人员说。",
            ),
            (
                "p",
                "省社会组织服务中心新版预约系统于去年12月启用。半年来，系统累计受理预约数千人次，服务大厅平均等候时间由四十多分钟缩短到十分钟左右。",
            ),
            ("p", "中心工作人员表示，下一步将把材料预审功能与预约系统打通，让申请人到现场前就知道材料是否齐全。"),
        ],
    },
    # ---------------------------------------------------------------- 中心动态
    {
        "section": "center-news",
        "slug": "leaders-capacity-training-2024",
        "title": "中心举办2024年社会组织负责人能力建设培训班",
        "date": "2024-03-28",
        "authors": "周文博",
        "tags": ["能力建设", "培训"],
        "summary": "来自全省的110名社会组织负责人参加为期三天的培训，围绕内部治理、项目管理和财务规范开展学习交流。",
        "body": [
            (
                "p",
                "3月26日至28日，中心在广州举办2024年社会组织负责人能力建设培训班，来自全省性社会组织和各地级市社会组织的110名负责人参加培训。",
            ),
            ("h2", "一、课程贴近实际需要"),
            (
                "p",
                "培训课程根据前期问卷调查设置，包括章程修订与理事会运作、项目设计与成效评估、财务管理常见问题等内容，邀请高校教师、注册会计师和资深社会组织负责人授课。",
            ),
            ("h2", "二、以案例促进交流"),
            (
                "p",
                "培训设置了分组研讨环节，学员围绕“如何让理事会真正发挥作用”“小型组织怎样做好信息公开”等问题交流经验。",
            ),
            ("p", "学员普遍表示，培训内容实用，希望中心多组织类似的学习交流活动。"),
        ],
        "en": {
            "title": "Center holds 2024 capacity-building course for leaders of social organizations",
            "authors": "Zhou Wenbo",
            "tags": ["capacity building", "training"],
            "summary": "110 leaders of social organizations from across the province spent three days learning about internal governance, project management and sound finances.",
            "body": [
                (
                    "p",
                    "From 26 to 28 March the Center held its 2024 capacity-building course in Guangzhou for 110 leaders of province-wide social organizations and of organizations in the province's cities.",
                ),
                ("h2", "1. Courses built around real needs"),
                (
                    "p",
                    "The programme was drawn up from an earlier survey and covered revising articles of association and running a board, designing projects and measuring results, and common financial questions. University teachers, certified accountants and experienced leaders of social organizations taught the sessions.",
                ),
                ("h2", "2. Learning from cases"),
                (
                    "p",
                    "In group discussions participants compared notes on questions such as how to make a board work and how small organizations can disclose information well.",
                ),
                ("p", "Participants found the course practical and asked the Center to hold more such events."),
            ],
        },
    },
    {
        "section": "center-news",
        "slug": "first-project-matching-fair",
        "title": "首届社会组织公益项目对接会在穗举行",
        "date": "2024-11-15",
        "authors": "何雅琪 罗嘉欣",
        "author_role": "writer",
        "region": "440100",
        "tags": ["项目对接", "资源链接"],
        "summary": "62个公益项目与企业、基金会和街道现场对接，达成合作意向27项。",
        "body": [
            (
                "p",
                "11月14日，中心主办的首届社会组织公益项目对接会在广州举行。62家社会组织带着项目参展，30多家企业、基金会和街道社区到场洽谈。",
            ),
            ("p", "对接会采取项目路演和展位交流相结合的方式。养老助餐、困境儿童陪伴和社区环境改造等项目受到较多关注。"),
            ("p", "当天共达成合作意向27项。中心将对达成意向的项目进行跟踪服务，推动合作落地。"),
        ],
    },
    {
        "section": "center-news",
        "slug": "annual-report-group-coaching-2025",
        "title": "中心开展社会组织年度报告集中辅导",
        "date": "2025-03-20",
        "authors": "赵志远",
        "tags": ["年度报告", "登记服务"],
        "summary": "两场线上集中辅导吸引一千余名社会组织工作人员参加，重点讲解年度报告填报中的常见问题。",
        "body": [
            (
                "p",
                "3月18日和19日，中心举办两场2024年度社会组织年度报告线上集中辅导，一千余名社会组织工作人员在线参加。",
            ),
            (
                "p",
                "辅导人员结合往年审核中发现的问题，重点讲解了财务数据填报、重大事项报告和信息公开等内容，并现场解答了学员提出的问题。",
            ),
            ("p", "中心提醒，年度报告须按登记管理机关规定的时间报送，未按时报送的可能被列入活动异常名录。"),
        ],
    },
    {
        "section": "center-news",
        "slug": "venture-philanthropy-final-2025",
        "title": "2025年度公益创投大赛决赛举行 6个项目获奖",
        "date": "2025-12-01",
        "authors": "罗嘉欣",
        "tags": ["公益创投", "项目对接"],
        "related": ["first-project-matching-fair"],
        "summary": "经过初赛、复赛和决赛路演，“银龄课堂”等6个项目获奖，将获得项目资助和一年的陪伴支持。",
        "body": [
            ("p", "11月28日，2025年度公益创投大赛决赛在中心举行。经过初赛和复赛，16个项目进入决赛路演。"),
            ("h2", "一、项目聚焦基层需要"),
            (
                "p",
                "进入决赛的项目涵盖老年人数字生活辅导、海岛儿童自然教育、新就业群体权益保障和乡村青年返乡创业等方面，大多来自基层一线的实际需要。",
            ),
            ("h2", "二、评审重视可持续性"),
            (
                "p",
                "评审委员会从需求分析、项目设计、团队能力和可持续性等方面打分，最终评出金奖2个、银奖3个、铜奖1个。获奖名单在本网站公示。",
            ),
            ("p", "获奖项目将获得相应资助，并在一年内得到中心的能力建设陪伴支持。"),
        ],
        "en": {
            "title": "2025 social venture philanthropy contest final: six projects win awards",
            "authors": "Luo Jiaxin",
            "tags": ["social venture philanthropy", "project matching"],
            "summary": "After the preliminary round, the semi-final and the final pitches, six projects, among them a digital skills class for older people, won awards. They receive funding and a year of support.",
            "body": [
                (
                    "p",
                    "The final of the 2025 social venture philanthropy contest took place at the Center on 28 November. Sixteen projects reached the final pitches after the preliminary round and the semi-final.",
                ),
                ("h2", "1. Projects rooted in local needs"),
                (
                    "p",
                    "The finalists ranged from helping older people with digital services and nature education for children on islands to protecting workers in new forms of employment and supporting young people who return to their villages to start businesses. Most grew out of needs seen on the ground.",
                ),
                ("h2", "2. Judges looked for sustainability"),
                (
                    "p",
                    "The judges scored needs analysis, project design, team capacity and sustainability, and gave two gold, three silver and one bronze award. The list of winners is disclosed on this website.",
                ),
                ("p", "The winning projects receive funding and a year of capacity-building support from the Center."),
            ],
        },
    },
    {
        "section": "center-news",
        "slug": "assessment-briefing-2026",
        "title": "2026年度社会组织等级评估工作培训会召开",
        "date": "2026-03-18",
        "authors": "梁慧敏",
        "pinned": True,
        "tags": ["等级评估"],
        "summary": "培训会解读了修订后的评估指标，并就申报材料准备和自评方法进行了讲解。",
        "body": [
            (
                "p",
                "3月17日，中心召开2026年度全省性社会组织等级评估工作培训会，拟申报评估的社会组织负责人和工作人员约200人参加。",
            ),
            ("h2", "一、解读新指标"),
            (
                "p",
                "会上，评估服务部工作人员解读了2025年修订的评估实施办法和评估指标，重点说明了信息公开和诚信建设指标的变化。",
            ),
            ("h2", "二、讲解自评方法"),
            ("p", "两名评估专家结合往年实地考察中发现的问题，讲解了自评表的填写和档案材料的整理方法。"),
            ("p", "本年度评估申报截止日期为4月30日，申报方式详见服务公告栏目发布的通知。"),
        ],
    },
    {
        "section": "center-news",
        "slug": "finance-training-2026",
        "title": "社会组织财务管理培训班结业 120名学员参训",
        "date": "2026-06-12",
        "authors": "何雅琪",
        "tags": ["财务管理", "培训"],
        "related": ["leaders-capacity-training-2024"],
        "summary": "为期两天的培训围绕会计核算、项目资金管理和财务信息公开展开，学员结业考试通过率达96%。",
        "body": [
            ("p", "6月9日至10日，中心举办2026年社会组织财务管理培训班，120名全省性社会组织财务人员参加。"),
            (
                "p",
                "培训邀请注册会计师和审计人员授课，内容包括民间非营利组织会计制度要点、捐赠收入和限定性资产核算、政府购买服务项目资金管理等。",
            ),
            ("p", "培训结束时进行了结业考试，通过率为96%。中心将根据学员反馈，编写常见问题汇编，供社会组织日常参考。"),
        ],
    },
    {
        "section": "center-news",
        "slug": "service-hall-open-day-2026",
        "title": "中心服务大厅开放日：走进“一站式”服务",
        "date": "2026-07-08",
        "authors": "周文博 苏婉婷",
        "tags": ["政务服务", "开放日"],
        "summary": "40余名社会组织代表和市民走进服务大厅，体验预约、咨询和材料预审等服务，并提出改进建议。",
        "body": [
            ("p", "7月7日，中心举办服务大厅开放日活动，40余名社会组织代表和市民参加。"),
            ("p", "参加者跟随工作人员体验了线上预约、现场咨询和材料预审的全过程，参观了孵化基地和社会组织成果展示区。"),
            (
                "p",
                "座谈中，参加者就延长咨询时间、增加粤语和英语服务、优化网站栏目等提出了建议。中心表示将认真研究，逐条答复。",
            ),
        ],
        "en": {
            "title": "Service hall open day: a look at one-stop services",
            "authors": "Zhou Wenbo, Su Wanting",
            "tags": ["public services", "open day"],
            "summary": "More than 40 representatives of social organizations and members of the public visited the service hall, tried out booking, advice and document checks, and suggested improvements.",
            "body": [
                (
                    "p",
                    "On 7 July the Center held an open day at its service hall, attended by more than 40 representatives of social organizations and members of the public.",
                ),
                (
                    "p",
                    "Visitors followed staff through online booking, face-to-face advice and advance document checks, and toured the incubation centre and the exhibition of social organizations' work.",
                ),
                (
                    "p",
                    "In the discussion that followed, visitors suggested longer advice hours, more services in Cantonese and English, and a clearer website. The Center will consider each suggestion and reply to it.",
                ),
            ],
        },
    },
    {
        "section": "center-news",
        "slug": "volunteer-week-2026",
        "title": "“公益同行”志愿服务周活动启动",
        "date": "2026-09-15",
        "authors": "苏婉婷",
        "tags": ["志愿服务"],
        "summary": "志愿服务周期间，全省30余家社会组织将开展社区探访、环境清洁和应急科普等活动。",
        "body": [
            ("p", "9月14日，中心联合30余家社会组织启动“公益同行”志愿服务周活动。"),
            ("p", "活动期间，各参与单位将在社区开展独居老人探访、公共空间清洁、防灾减灾科普和义务咨询等志愿服务。"),
            ("p", "中心提示，各组织在安排志愿者参加活动前，应做好岗位培训和安全提示，并按规定记录志愿服务时长。"),
        ],
    },
    {
        "section": "center-news",
        "slug": "pearl-river-delta-platforms-meeting-2026",
        "title": "珠三角社会组织服务平台交流会在佛山召开",
        "date": "2026-11-12",
        "authors": "周文博",
        "region": "440600",
        "pinned": True,
        "tags": ["交流合作", "服务平台"],
        "related": ["shenzhen-community-hub"],
        "summary": "珠三角九市社会组织服务平台负责人交流孵化培育、项目管理和数字化服务经验，商定建立常态化协作机制。",
        "body": [
            (
                "p",
                "11月11日，珠三角社会组织服务平台交流会在佛山召开，九个地级市的社会组织服务平台负责人和工作人员共50余人参加。",
            ),
            ("h2", "一、交流经验做法"),
            (
                "p",
                "会上，深圳、佛山、珠海等地服务平台介绍了社区社会组织枢纽平台建设、镇街社工站运营和跨境家庭服务等方面的做法。",
            ),
            ("h2", "二、建立协作机制"),
            (
                "p",
                "与会各方商定，建立珠三角社会组织服务平台联席会议机制，每半年召开一次会议，在培训资源、专家库和项目信息等方面实现共享。",
            ),
            ("p", "会后，参会人员实地参观了南海区社会组织服务中心和两个镇街社工站。"),
        ],
        "en": {
            "title": "Social organization service platforms of the Pearl River Delta meet in Foshan",
            "authors": "Zhou Wenbo",
            "tags": ["cooperation", "service platforms"],
            "summary": "Heads of the social organization service platforms of the nine Pearl River Delta cities compared their work on incubation, project management and digital services, and agreed to work together regularly.",
            "body": [
                (
                    "p",
                    "On 11 November more than 50 heads and staff of the social organization service platforms of nine cities met in Foshan.",
                ),
                ("h2", "1. Sharing practice"),
                (
                    "p",
                    "Platforms from Shenzhen, Foshan, Zhuhai and other cities presented their work on hubs for community organizations, social work stations in towns and sub-districts, and services for cross-border families.",
                ),
                ("h2", "2. Working together"),
                (
                    "p",
                    "Participants agreed to set up a joint meeting of the Pearl River Delta platforms, to meet every six months and share training resources, pools of experts and project information.",
                ),
                (
                    "p",
                    "After the meeting, participants visited the Nanhai District Social Organization Service Center and two social work stations.",
                ),
            ],
        },
    },
    # ---------------------------------------------------------------- 越秀区动态
    {
        "section": "yuexiu-news",
        "slug": "yuexiu-community-fund-micro-projects",
        "title": "越秀区社区基金“微项目”启动首轮资助",
        "date": "2024-06-20",
        "author_role": "correspondent",
        "authors": "谭诗琪",
        "region": "440104",
        "tags": ["社区基金", "社区治理"],
        "summary": "首轮资助15个由居民和社区社会组织提出的“微项目”，单个项目资助额度不超过1万元。",
        "body": [
            ("p", "6月18日，越秀区社区基金“微项目”首轮资助名单确定，15个由居民和社区社会组织提出的项目获得资助。"),
            (
                "p",
                "获资助项目包括楼道文化墙、长者健步队、社区共享工具屋等，单个项目资助额度不超过1万元，由项目团队自行组织实施。",
            ),
            ("p", "区社会组织服务平台将为项目团队提供财务和活动策划辅导，项目结束后组织成果分享。"),
        ],
    },
    {
        "section": "yuexiu-news",
        "slug": "yuexiu-elder-friendly-community",
        "title": "越秀区社会组织助力“长者友好社区”建设",
        "date": "2025-05-28",
        "author_role": "correspondent",
        "authors": "谭诗琪 许家豪",
        "region": "440104",
        "tags": ["养老服务", "社区服务"],
        "related": ["community-canteens-for-elders"],
        "summary": "12家社会组织参与老旧小区适老化改造评估、长者健康讲座和家门口的助浴助洁服务。",
        "body": [
            ("p", "越秀区老旧小区多、老年人口比例高。今年以来，区民政部门引导12家社会组织参与“长者友好社区”建设。"),
            ("h2", "一、评估先行"),
            ("p", "社工和康复治疗师入户评估老人居家环境，提出扶手安装、地面防滑等改造建议，由街道统筹实施。"),
            ("h2", "二、服务到家门口"),
            (
                "p",
                "社会组织在社区设立服务点，提供健康讲座、助浴助洁和陪同就医等服务，并组织低龄老人结对探访高龄独居老人。",
            ),
        ],
    },
    {
        "section": "yuexiu-news",
        "slug": "yuexiu-youth-summer-classes",
        "title": "越秀区青少年暑期公益课堂圆满结束",
        "date": "2025-08-12",
        "author_role": "correspondent",
        "authors": "许家豪",
        "region": "440104",
        "tags": ["青少年", "志愿服务"],
        "summary": "暑期公益课堂在8个街道开设，大学生志愿者为双职工家庭的孩子提供课业辅导和兴趣课程。",
        "body": [
            ("p", "8月10日，越秀区青少年暑期公益课堂结课。今年暑期课堂在8个街道开设，服务双职工家庭的小学生300余人。"),
            (
                "p",
                "课堂由区内青少年服务类社会组织运营，120名大学生志愿者负责课业辅导，并开设书法、粤剧、科学实验等兴趣课程。",
            ),
            ("p", "不少家长表示，暑期课堂解决了孩子假期无人照看的难题，希望明年继续举办。"),
        ],
    },
    {
        "section": "yuexiu-news",
        "slug": "yuexiu-annual-report-home-visits",
        "title": "越秀区开展社会组织年报“上门辅导”",
        "date": "2026-04-09",
        "author_role": "correspondent",
        "authors": "谭诗琪",
        "region": "440104",
        "tags": ["年度报告", "登记服务"],
        "summary": "区社会组织服务平台组织工作人员上门，帮助40余家小型社会组织完成年度报告填报。",
        "body": [
            ("p", "4月上旬，越秀区社会组织服务平台组织工作人员走进社区，对40余家小型社会组织开展年度报告“上门辅导”。"),
            (
                "p",
                "这些组织大多没有专职财务人员，往年年报退回修改的比例较高。辅导人员逐项核对财务数据和活动情况，现场解答填报问题。",
            ),
            ("p", "区民政部门表示，将总结上门辅导的经验，把常见问题整理成填报指引，在区社会组织服务平台发布。"),
        ],
        "en": {
            "title": "Yuexiu District helps small organizations with their annual reports in person",
            "authors": "Tan Shiqi",
            "tags": ["annual reports", "registration services"],
            "summary": "Staff of the district's social organization service platform visited more than 40 small social organizations to help them complete their annual reports.",
            "body": [
                (
                    "p",
                    "In early April, staff of the Yuexiu District social organization service platform went out into the community to help more than 40 small social organizations with their annual reports.",
                ),
                (
                    "p",
                    "Most of these organizations have no full-time finance staff, and in past years many of their reports were sent back for correction. The staff went through the financial figures and activities item by item and answered questions on the spot.",
                ),
                (
                    "p",
                    "The district civil affairs bureau will turn the common questions into a guide to filling in the report and publish it on the district platform.",
                ),
            ],
        },
    },
    # ---------------------------------------------------------------- 南海区动态
    {
        "section": "nanhai-news",
        "slug": "nanhai-social-work-stations-everywhere",
        "title": "南海区镇街社工站实现全覆盖",
        "date": "2024-10-17",
        "author_role": "correspondent",
        "authors": "叶俊杰",
        "region": "440605",
        "tags": ["社会工作", "基层服务"],
        "summary": "南海区所有镇街均已建成社工站，驻站社工重点服务困难群众、留守老人和困境儿童。",
        "body": [
            ("p", "随着最后一个镇街社工站挂牌运营，南海区实现镇街社工站全覆盖。"),
            (
                "p",
                "社工站由具有资质的社会工作服务机构运营，每个站点配备驻站社工3至5名，重点为困难群众、留守老人和困境儿童提供探访、个案管理和资源链接服务。",
            ),
            ("p", "区民政局表示，将建立社工站服务质量评估机制，推动社工站与村（社区）的服务阵地共建共用。"),
        ],
    },
    {
        "section": "nanhai-news",
        "slug": "nanhai-spring-charity-market",
        "title": "南海区举办迎春公益市集 义卖所得用于困境儿童帮扶",
        "date": "2025-01-10",
        "author_role": "correspondent",
        "authors": "蔡雨桐",
        "region": "440605",
        "tags": ["慈善", "儿童关爱"],
        "summary": "30余家社会组织和爱心商户参加公益市集，义卖所得将全部用于困境儿童的学习和生活帮扶。",
        "body": [
            (
                "p",
                "1月5日，南海区迎春公益市集在区文化广场举行。30余家社会组织和爱心商户设摊义卖手工艺品、年货和书画作品。",
            ),
            (
                "p",
                "义卖款项由区内一家慈善组织统一接收，将全部用于困境儿童的学习用品购置和课后辅导，使用情况将在该组织官网公开。",
            ),
            ("p", "市集还设置了志愿服务招募、慈善政策咨询和社会组织成果展示区，吸引了不少市民驻足了解。"),
        ],
    },
    {
        "section": "nanhai-news",
        "slug": "nanhai-associations-serve-enterprises",
        "title": "南海区行业协会商会开展“服务企业月”活动",
        "date": "2025-07-03",
        "author_role": "correspondent",
        "authors": "叶俊杰 蔡雨桐",
        "region": "440605",
        "tags": ["行业协会", "服务企业"],
        "summary": "20家行业协会商会走访会员企业，收集企业在用工、融资和市场开拓方面的困难和建议。",
        "body": [
            ("p", "6月，南海区20家行业协会商会开展“服务企业月”活动，走访会员企业300余家。"),
            (
                "p",
                "协会商会组织了用工政策解读、出口合规培训和银企对接会等活动，收集企业意见建议80余条，分类转交有关部门研究。",
            ),
            ("p", "区民政局提醒，行业协会商会开展服务活动不得强制企业参加，也不得借机违规收费。"),
        ],
    },
    {
        "section": "nanhai-news",
        "slug": "nanhai-flood-drill",
        "title": "南海区社会组织参与防汛应急演练",
        "date": "2026-06-25",
        "author_role": "correspondent",
        "authors": "叶俊杰",
        "region": "440605",
        "tags": ["应急", "志愿服务"],
        "related": ["nanhai-social-work-stations-everywhere"],
        "summary": "5支社会应急力量和社工站志愿者参与防汛演练，检验人员转移、物资调配和安置点服务能力。",
        "body": [
            ("p", "6月23日，南海区举行防汛应急演练，5支社会应急力量和镇街社工站组织的志愿者首次参加。"),
            ("h2", "一、演练内容"),
            (
                "p",
                "演练模拟强降雨导致低洼地区积水，社会应急力量配合有关部门转移群众，社工站志愿者在安置点负责登记、心理疏导和老人儿童照护。",
            ),
            ("h2", "二、下一步工作"),
            ("p", "区民政局表示，将把社会组织纳入应急预案，建立社会应急力量信息库，并定期组织培训和演练。"),
        ],
        "en": {
            "title": "Social organizations join a flood emergency drill in Nanhai District",
            "authors": "Ye Junjie",
            "tags": ["emergencies", "volunteering"],
            "summary": "Five voluntary rescue teams and volunteers from social work stations took part in a flood drill that tested evacuation, supplies and services at temporary shelters.",
            "body": [
                (
                    "p",
                    "On 23 June Nanhai District held a flood emergency drill in which five voluntary rescue teams and volunteers organized by the social work stations took part for the first time.",
                ),
                ("h2", "1. The drill"),
                (
                    "p",
                    "The drill simulated heavy rain flooding low-lying areas. The rescue teams helped the authorities move residents to safety, and volunteers from the social work stations registered arrivals at the shelters, offered emotional support and looked after older people and children.",
                ),
                ("h2", "2. Next steps"),
                (
                    "p",
                    "The district civil affairs bureau will include social organizations in its emergency plans, keep a register of voluntary rescue teams and hold regular training and drills.",
                ),
            ],
        },
    },
    # ---------------------------------------------------------------- 经验交流
    {
        "section": "exchange",
        "slug": "five-steps-of-project-design",
        "title": "从需求调研到成效评估：项目设计的五个环节",
        "date": "2024-08-08",
        "authors": "郭明轩",
        "tags": ["项目管理", "能力建设"],
        "summary": "一位从事项目评审多年的督导，结合评审中常见的问题，谈谈一个好项目应该怎样设计。",
        "body": [
            (
                "p",
                "在项目评审中，我们常看到这样的申报书：活动安排得很满，但说不清要解决什么问题。项目设计可以从以下几个环节入手。",
            ),
            ("h2", "一、需求调研"),
            ("p", "需求要有依据。走访、问卷和已有数据都可以用，关键是写清楚服务对象是谁、有多少人、最需要什么。"),
            ("h2", "二、目标和活动"),
            ("p", "目标要具体、可衡量，每项活动都应当对应一个目标。与目标无关的活动，再热闹也应删去。"),
            ("h2", "三、预算和成效评估"),
            ("p", "预算要与活动一一对应，成效评估要在项目开始前就设计好，包括评估什么、怎样收集数据、什么时候评估。"),
        ],
    },
    {
        "section": "exchange",
        "slug": "small-organizations-disclosure",
        "title": "小型社会组织如何做好信息公开",
        "date": "2025-02-26",
        "authors": "曾晓彤",
        "tags": ["信息公开", "内部治理"],
        "summary": "人手少、没有官网，小型社会组织也能把信息公开做好。一家社区社会组织的负责人分享了她们的做法。",
        "body": [
            (
                "p",
                "我们是一家只有两名专职人员的社区社会组织。过去总觉得信息公开是大机构的事，直到一位捐赠人问起一笔款项的用途，我们才意识到问题。",
            ),
            (
                "p",
                "我们的做法是：每季度在微信公众号发布一次工作简报，列明收入、支出和主要活动；每个项目结束后公开项目总结和费用明细；年度报告在登记管理机关的平台上按时公开。",
            ),
            ("p", "坚持两年下来，捐赠人和志愿者对我们更信任了，申请项目时也多了一项实实在在的加分。"),
        ],
    },
    {
        "section": "exchange",
        "slug": "why-volunteers-stay",
        "title": "志愿者为什么留下来？一家社区服务机构的做法",
        "date": "2025-10-21",
        "authors": "韦立新",
        "region": "440300",
        "tags": ["志愿服务", "志愿者管理"],
        "related": ["volunteer-week-2026"],
        "summary": "深圳一家社区服务机构的志愿者年流失率从六成降到两成，负责人总结了三条经验。",
        "body": [
            (
                "p",
                "我们机构有登记志愿者600多人，三年前每年流失六成以上，现在降到了两成左右。回头看，主要做对了三件事。",
            ),
            ("h2", "一、岗位要清楚"),
            ("p", "每个志愿岗位都有说明，写明做什么、需要多长时间、有什么要求，志愿者按自己的时间和特长选择。"),
            ("h2", "二、培训和保障要跟上"),
            ("p", "新志愿者上岗前接受培训，涉及入户探访等服务的，机构统一购买意外伤害保险。"),
            ("h2", "三、让志愿者看到成果"),
            (
                "p",
                "每次服务后，我们会把服务对象的反馈告诉志愿者，每年举办一次志愿者分享会。很多志愿者说，知道自己的付出有意义，是他们留下来的原因。",
            ),
        ],
    },
    {
        "section": "exchange",
        "slug": "making-boards-work",
        "title": "理事会怎样真正发挥作用——三家社会团体的经验交流",
        "date": "2026-05-20",
        "authors": "潘慧琳",
        "tags": ["内部治理", "理事会"],
        "related": ["leaders-capacity-training-2024"],
        "summary": "在中心组织的交流会上，三家社会团体的负责人分享了健全理事会议事规则、发挥理事专长的做法。",
        "body": [
            (
                "p",
                "理事会开会走过场、重大事项由秘书处说了算，是不少社会团体存在的问题。在中心5月举办的交流会上，三家社会团体分享了各自的做法。",
            ),
            ("h2", "一、把议事规则写清楚"),
            (
                "p",
                "一家行业协会修订了理事会议事规则，明确哪些事项必须由理事会表决、会议材料提前几天发送、表决结果怎样记录。",
            ),
            ("h2", "二、让理事各展所长"),
            ("p", "一家公益类社会团体按理事的专业背景设立财务、项目和传播三个专门小组，理事从“来开会”变成“来做事”。"),
            ("h2", "三、定期评估"),
            ("p", "另一家社会团体每年请理事对理事会运作情况进行自评，评估结果在会员大会上报告。"),
        ],
        "en": {
            "title": "Making a board of directors work: three social associations share their experience",
            "authors": "Pan Huilin",
            "tags": ["internal governance", "boards"],
            "summary": "At a meeting organized by the Center, the heads of three social associations explained how they set clear rules for board meetings and put their directors' expertise to use.",
            "body": [
                (
                    "p",
                    "Board meetings that are a formality, with the secretariat deciding everything important, are a common problem in social associations. At a meeting held by the Center in May, three associations described what they do.",
                ),
                ("h2", "1. Write the rules of procedure down"),
                (
                    "p",
                    "One trade association revised its board's rules of procedure, stating which matters the board must vote on, how many days in advance papers are sent and how votes are recorded.",
                ),
                ("h2", "2. Let each director contribute their skills"),
                (
                    "p",
                    "A public-interest association set up finance, projects and communications groups matched to its directors' backgrounds, so that directors come to work, not just to attend meetings.",
                ),
                ("h2", "3. Review regularly"),
                (
                    "p",
                    "The third association asks its directors every year to assess how the board has worked, and reports the results to the general assembly of members.",
                ),
            ],
        },
    },
    # ---------------------------------------------------------------- 经验集萃
    {
        "section": "experience",
        "slug": "shantou-fishing-village-council",
        "title": "汕头：“渔村议事会”让群众的事群众商量",
        "date": "2024-12-12",
        "authors": "郭明轩",
        "region": "440500",
        "tags": ["基层治理", "社区协商"],
        "summary": "汕头一个渔村在社会组织协助下成立议事会，渔港环境整治、渔具堆放等难题通过协商得到解决。",
        "body": [
            (
                "p",
                "渔港环境脏乱、渔具占道堆放，曾是汕头一个渔村多年的老问题。2023年，在一家社区发展协会的协助下，村里成立了由渔民、商户和村干部组成的议事会。",
            ),
            ("h2", "一、协商有规则"),
            ("p", "协会帮助议事会制定了议题征集、会前调研、会上协商和结果公示的规则，每月召开一次会议。"),
            ("h2", "二、问题有着落"),
            ("p", "议事会先后协商确定了渔具集中堆放点、渔港清洁轮值和夜市经营时间等事项，村容村貌明显改善。"),
            ("p", "这一做法的关键在于，社会组织不替群众做决定，而是帮助群众把事情商量好。"),
        ],
    },
    {
        "section": "experience",
        "slug": "zhuhai-cross-border-families",
        "title": "珠海：社会组织为跨境家庭提供一站式服务",
        "date": "2025-06-16",
        "authors": "曾晓彤",
        "region": "440400",
        "tags": ["家庭服务", "湾区融合"],
        "summary": "珠海一家家庭服务机构为跨境婚姻家庭提供政策咨询、子女教育和社区融入服务，形成了可复制的服务模式。",
        "body": [
            ("p", "珠海有不少跨境婚姻家庭，在办理证件、子女入学和就业等方面常遇到政策不熟悉的问题。"),
            (
                "p",
                "一家家庭服务机构在社区设立服务点，整理常见事项的办事指引，定期邀请有关部门工作人员到社区答疑，并组织家庭互助小组。",
            ),
            ("p", "三年来，服务点累计为1200多个家庭提供服务。这一做法已被其他城市的服务平台借鉴。"),
        ],
    },
    {
        "section": "experience",
        "slug": "meizhou-hometown-charity-fund",
        "title": "梅州：乡贤公益基金助力乡村振兴",
        "date": "2025-09-04",
        "authors": "韦立新",
        "region": "441400",
        "tags": ["乡村振兴", "慈善"],
        "summary": "梅州一个镇在慈善组织下设立乡贤公益基金，资金使用由村民代表参与监督，支持了助学、养老和村道修缮等项目。",
        "body": [
            ("p", "梅州外出乡贤多，过去捐款修桥铺路，常常是“一事一议”，资金管理不够规范。"),
            ("h2", "一、依托慈善组织规范管理"),
            ("p", "2022年起，当地在一家依法登记的慈善组织下设立乡贤公益基金，捐赠款统一入账、统一开具捐赠票据。"),
            ("h2", "二、村民参与监督"),
            ("p", "基金设立由乡贤代表和村民代表组成的管理小组，项目立项和资金使用情况每半年在村务公开栏和网上公开。"),
            ("p", "三年来，基金支持了助学、长者饭堂和村道修缮等20多个项目，乡贤捐赠的积极性明显提高。"),
        ],
    },
    {
        "section": "experience",
        "slug": "shenzhen-community-hub",
        "title": "深圳：社区社会组织“枢纽平台”的运作经验",
        "date": "2026-01-15",
        "authors": "潘慧琳",
        "region": "440300",
        "pinned": True,
        "tags": ["枢纽型组织", "社区社会组织"],
        "related": ["why-volunteers-stay"],
        "summary": "深圳一个街道的枢纽平台为辖区80多家社区社会组织提供备案指导、能力培训和项目孵化，带动居民参与社区服务。",
        "body": [
            (
                "p",
                "社区社会组织数量多、规模小，很多是居民自发成立的兴趣团队。深圳一个街道通过委托专业机构运营枢纽平台，为这些组织提供持续支持。",
            ),
            ("h2", "一、分类指导"),
            (
                "p",
                "平台将辖区80多家社区社会组织分为文体娱乐、邻里互助、公益服务等类别，指导符合条件的组织办理登记或备案。",
            ),
            ("h2", "二、培育骨干"),
            (
                "p",
                "平台每年开设骨干培训班，帮助团队负责人学习活动策划、财务管理和志愿者招募，并对有潜力的项目进行小额资助和陪伴孵化。",
            ),
            ("h2", "三、对接需求"),
            ("p", "平台定期收集社区需求，发布服务清单，由社区社会组织认领，使居民的兴趣团队逐步成为社区服务的参与者。"),
        ],
        "en": {
            "title": "Shenzhen: how a hub for community organizations works",
            "authors": "Pan Huilin",
            "tags": ["hub organizations", "community organizations"],
            "summary": "The hub of one Shenzhen sub-district helps more than 80 community organizations with registration, training and incubation, and gets residents involved in community services.",
            "body": [
                (
                    "p",
                    "Community organizations are numerous and small, and many are interest groups set up by residents themselves. One Shenzhen sub-district supports them through a hub run by a professional agency under contract.",
                ),
                ("h2", "1. Guidance by type"),
                (
                    "p",
                    "The hub sorts the more than 80 community organizations in the sub-district into culture and sports, neighbourly help and public-interest services, and guides those that qualify through registration or filing.",
                ),
                ("h2", "2. Training key people"),
                (
                    "p",
                    "Every year the hub runs a course for group leaders on planning activities, managing money and recruiting volunteers, and gives promising projects small grants and incubation support.",
                ),
                ("h2", "3. Matching needs"),
                (
                    "p",
                    "The hub regularly collects community needs and publishes a list of services for community organizations to take on, so that residents' interest groups gradually become part of community services.",
                ),
            ],
        },
    },
    {
        "section": "experience",
        "slug": "zhanjiang-rehabilitation-and-jobs",
        "title": "湛江：助残社会组织探索“康复+就业”服务",
        "date": "2026-08-27",
        "authors": "郭明轩",
        "region": "440800",
        "tags": ["助残服务", "就业"],
        "summary": "湛江一家助残服务机构把康复训练和职业技能培训结合起来，帮助60多名残障青年实现就业。",
        "body": [
            ("p", "湛江一家助残服务机构发现，不少残障青年完成康复训练后，因缺乏职业技能难以就业。"),
            (
                "p",
                "机构与当地职业院校和企业合作，开设烘焙、电商客服和手工制作等培训课程，并为学员提供岗位适应期的跟踪辅导。",
            ),
            (
                "p",
                "几年来，已有60多名残障青年在企业或辅助性就业机构实现就业。机构负责人说，就业让他们获得的不仅是收入，还有融入社会的信心。",
            ),
        ],
    },
]
