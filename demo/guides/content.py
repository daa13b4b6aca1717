"""Demo content of the service guides: service points, blank forms, guides, the
start-an-organization journey and English versions of three guides.

Plain data only. All texts are written for this demo in the usual layout of a
Chinese 办事指南; names of laws are real, every address, phone number, item code
and web address is fictional (example.gov.cn). Materials and conditions name
exactly what is needed: the guide blocks refuse catch-all wording.

A material is a dict: name, form (original / copy / electronic, default
original), copies (default 1), condition (when given, the material is only
needed then), notes, blank_form (a title in BLANK_FORMS). An English version
mirrors the Chinese lists item for item; materials keep their form, copies and
blank form from the Chinese guide.
"""

CONSULT_PHONE = "020-8600 1201"
COMPLAINT_PHONE = "020-8600 1288"
REVIEWED_BY = "省社会组织服务中心登记服务部"
REVIEWED_BY_EN = "Registration Services, Provincial Social Organization Service Center"
ONLINE = "https://www.example.gov.cn/zwfw/shzz/{slug}/"
PROGRESS = "https://www.example.gov.cn/zwfw/progress/?item={slug}"
PROVINCE = "省民政厅（省社会组织管理局）"
PROVINCE_EN = "Provincial Department of Civil Affairs (Provincial Social Organization Administration)"

# The region is a division code of orgdirectory.Region; the address leaves out the
# city and district, which the page shows from the region.
SERVICE_POINTS = [
    {
        "name": "省社会组织服务中心政务服务窗口",
        "name_en": "Service Window, Provincial Social Organization Service Center",
        "region": "440106",
        "address": "善和路128号公益服务大厦一楼",
        "hours": "周一至周五 9:00-12:00，14:00-17:30",
        "open_on_holidays": False,
        "phone": "020-8600 1200",
        "transport": "地铁3号线岗顶站C出口步行约10分钟；公交善和路站有B1、B2、128路停靠。",
        "latitude": "23.134612",
        "longitude": "113.344178",
    },
    {
        "name": "深圳市民政局政务服务窗口",
        "name_en": "Service Window, Shenzhen Civil Affairs Bureau",
        "region": "440304",
        "address": "福民路218号政务服务大厅二楼18-20号窗口",
        "hours": "周一至周五 9:00-12:00，14:00-18:00",
        "open_on_holidays": False,
        "phone": "0755-8600 3120",
        "transport": "地铁4号线福民站A出口步行约6分钟；公交福民路口站有M390、B689路停靠。",
        "latitude": "22.523907",
        "longitude": "114.063118",
    },
    {
        "name": "佛山市民政局政务服务窗口",
        "name_en": "Service Window, Foshan Civil Affairs Bureau",
        "region": "440604",
        "address": "季华五路32号市民服务中心三楼C区",
        "hours": "周一至周五 9:00-12:00，14:00-17:30",
        "open_on_holidays": False,
        "phone": "0757-8600 2215",
        "transport": "地铁广佛线季华园站B出口步行约8分钟；公交季华园站有101、137路停靠。",
        "latitude": "23.007851",
        "longitude": "113.113402",
    },
    {
        "name": "珠海市民政局政务服务窗口",
        "name_en": "Service Window, Zhuhai Civil Affairs Bureau",
        "region": "440402",
        "address": "迎宾南路1008号政务服务中心二楼",
        "hours": "周一至周五 8:30-12:00，14:30-17:30",
        "open_on_holidays": False,
        "phone": "0756-860 1306",
        "transport": "公交政务服务中心站有2路、13路、99路停靠，下车步行约3分钟。",
        "latitude": "22.256628",
        "longitude": "113.553817",
    },
    {
        "name": "汕头市民政局政务服务窗口",
        "name_en": "Service Window, Shantou Civil Affairs Bureau",
        "region": "440511",
        "address": "金砂路96号民政服务大楼一楼",
        "hours": "周一至周五 8:30-12:00，14:30-17:30",
        "open_on_holidays": False,
        "phone": "0754-8860 1219",
        "transport": "公交金砂公园站有2路、11路、26路停靠，下车向东步行约5分钟。",
        "latitude": "23.370482",
        "longitude": "116.697205",
    },
    {
        "name": "东莞市民政局政务服务窗口",
        "name_en": "Service Window, Dongguan Civil Affairs Bureau",
        "region": "441900",
        "address": "南城街道鸿福路106号市民服务中心二楼",
        "hours": "周一至周日 9:00-12:00，14:00-18:00（节假日照常办公）",
        "open_on_holidays": True,
        "phone": "0769-8600 1233",
        "transport": "地铁2号线鸿福路站A出口步行约5分钟；公交市民服务中心站有L1、K2路停靠。",
        "latitude": "23.020345",
        "longitude": "113.753516",
    },
    {
        "name": "湛江市民政局政务服务窗口",
        "name_en": "Service Window, Zhanjiang Civil Affairs Bureau",
        "region": "440802",
        "address": "海滨大道北6号市民服务中心一楼",
        "hours": "周一至周五 8:30-12:00，14:30-17:30",
        "open_on_holidays": False,
        "phone": "0759-860 1208",
        "transport": "公交市民服务中心站有1路、7路、801路停靠。",
        "latitude": "21.275032",
        "longitude": "110.365517",
    },
    {
        "name": "韶关市民政局政务服务窗口",
        "name_en": "Service Window, Shaoguan Civil Affairs Bureau",
        "region": "440204",
        "address": "工业东路18号政务服务中心二楼",
        "hours": "周一至周五 8:30-12:00，14:30-17:30",
        "open_on_holidays": False,
        "phone": "0751-860 1227",
        "transport": "公交政务服务中心站有3路、12路、18路停靠，下车步行约2分钟。",
        "latitude": "24.804612",
        "longitude": "113.604738",
    },
]
(
    POINT_PROVINCE,
    POINT_SHENZHEN,
    POINT_FOSHAN,
    POINT_ZHUHAI,
    POINT_SHANTOU,
    POINT_DONGGUAN,
    POINT_ZHANJIANG,
    POINT_SHAOGUAN,
) = (point["name"] for point in SERVICE_POINTS)

# Blank forms attached to materials: title -> (file name, rows of the form).
# A form without rows gets the usual header rows (see builder.DEFAULT_FORM_ROWS).
BLANK_FORMS = {
    "社会组织名称核准申请表（空白表格）": (
        "name-approval-application",
        [
            "拟用名称",
            "备选名称（一）",
            "备选名称（二）",
            "组织类型",
            "业务范围",
            "活动地域",
            "发起人（拟任负责人）",
            "联系电话",
        ],
    ),
    "拟用名称释义说明（空白模板）": (
        "name-explanation",
        ["拟用名称", "行政区划", "字号及其含义", "行业或业务领域", "组织形式", "说明人签字", "日期"],
    ),
    "授权委托书（空白表格）": (
        "power-of-attorney",
        [
            "委托单位（人）",
            "受托人姓名",
            "受托人身份证件号码",
            "委托事项",
            "委托权限",
            "委托期限",
            "委托人签字（盖章）",
            "日期",
        ],
    ),
    "社会团体法人登记申请表（空白表格）": (
        "social-group-registration-application",
        [
            "名称",
            "住所",
            "业务范围",
            "活动地域",
            "注册资金（万元）",
            "会员数量",
            "法定代表人",
            "业务主管单位",
            "联系人及电话",
        ],
    ),
    "社会团体负责人备案表（空白表格）": (
        "social-group-officer-filing",
        [
            "姓名",
            "性别",
            "出生年月",
            "身份证件号码",
            "拟任职务",
            "工作单位及职务",
            "是否为现职国家工作人员",
            "本人签字",
        ],
    ),
    "会员名册（空白表格）": (
        "member-register",
        ["序号", "会员名称（姓名）", "会员类别（单位/个人）", "统一社会信用代码或身份证件号码", "联系电话", "入会时间"],
    ),
    "社会服务机构登记申请书（空白表格）": (
        "social-service-registration-application",
        [
            "名称",
            "住所",
            "宗旨和业务范围",
            "开办资金（万元）",
            "举办者",
            "法定代表人",
            "从业人员数",
            "业务主管单位（如有）",
        ],
    ),
    "拟任负责人基本情况表（空白表格）": (
        "officer-profile",
        ["姓名", "性别", "出生年月", "身份证件号码", "拟任职务", "学历", "主要工作经历", "本人签字"],
    ),
    "基金会设立登记申请书（空白表格）": (
        "foundation-registration-application",
        ["名称", "住所", "原始基金（万元）", "原始基金来源", "宗旨", "业务范围", "理事长", "秘书长"],
    ),
    "理事、监事名单（空白表格）": (
        "board-members",
        ["姓名", "理事/监事", "身份证件号码", "工作单位及职务", "与捐赠人的关系", "是否在基金会领取报酬"],
    ),
    "基金会负责人简历表（空白表格）": (
        "foundation-officer-cv",
        ["姓名", "拟任职务", "出生年月", "学历", "工作单位及职务", "主要工作经历", "本人签字"],
    ),
    "社会团体变更登记申请表（空白表格）": (
        "social-group-change-application",
        ["名称", "统一社会信用代码", "变更事项", "变更前", "变更后", "变更原因", "决议通过日期", "法定代表人签字"],
    ),
    "社会组织章程核准申请表（空白表格）": (
        "charter-approval-application",
        [
            "名称",
            "统一社会信用代码",
            "章程修改次数",
            "表决机构及日期",
            "应到人数/实到人数",
            "表决结果",
            "法定代表人签字",
        ],
    ),
    "章程修改对照表（空白表格）": ("charter-changes", ["条款", "修改前内容", "修改后内容", "修改理由"]),
    "社会组织注销登记申请书（空白表格）": (
        "deregistration-application",
        ["名称", "统一社会信用代码", "终止原因", "终止决议日期", "清算组负责人", "剩余财产处置方式", "法定代表人签字"],
    ),
    "清算组成员名单（空白表格）": (
        "liquidation-group",
        ["姓名", "清算组职务", "身份证件号码", "工作单位", "联系电话", "签字"],
    ),
    "社会组织年度工作报告书（空白表格）": (
        "annual-report",
        [
            "名称",
            "统一社会信用代码",
            "报告年度",
            "会员（理事）大会召开情况",
            "主要业务活动",
            "年末净资产（元）",
            "本年度收入合计（元）",
            "本年度支出合计（元）",
        ],
    ),
    "慈善组织年度慈善活动情况表（空白表格）": (
        "charity-activities",
        ["项目名称", "开展时间", "受益对象及人次", "项目支出（元）", "资金来源", "信息公开情况"],
    ),
    "年度报告真实性承诺书（空白表格）": (
        "annual-report-pledge",
        ["承诺单位", "统一社会信用代码", "报告年度", "承诺内容", "法定代表人签字", "单位盖章", "日期"],
    ),
    "社会组织等级评估申请书（空白表格）": (
        "evaluation-application",
        ["名称", "统一社会信用代码", "登记时间", "原评估等级及有效期", "申请理由", "联系人及电话", "法定代表人签字"],
    ),
    "社会组织评估自评表（空白表格）": (
        "evaluation-self-assessment",
        ["评估指标", "指标分值", "自评得分", "佐证材料目录"],
    ),
    "慈善组织认定申请书（空白表格）": (
        "charity-recognition-application",
        ["名称", "统一社会信用代码", "组织类型", "慈善宗旨", "主要慈善活动", "理事会决议日期", "法定代表人签字"],
    ),
    "慈善活动情况说明（空白模板）": (
        "charity-statement",
        ["申请理由", "慈善宗旨", "近两年开展的慈善活动", "受益人群", "年度慈善活动支出", "说明人签字"],
    ),
    "公开募捐资格申请书（空白表格）": (
        "fundraising-application",
        [
            "名称",
            "统一社会信用代码",
            "认定为慈善组织的日期",
            "拟募捐项目",
            "募捐方式",
            "理事会决议日期",
            "法定代表人签字",
        ],
    ),
    "公开募捐方案（空白模板）": (
        "fundraising-plan",
        ["募捐目的", "起止时间", "募捐地域", "募捐方式", "募得款物用途", "募捐成本", "剩余财产处理", "联系方式"],
    ),
    "未成年人注册志愿者监护人同意书（空白表格）": (
        "guardian-consent",
        [
            "注册人姓名",
            "注册人出生日期",
            "监护人姓名",
            "与注册人关系",
            "监护人联系电话",
            "同意事项",
            "监护人签字",
            "日期",
        ],
    ),
    "志愿者注册登记表（空白表格）": (
        "volunteer-registration",
        ["姓名", "性别", "出生日期", "联系电话", "服务技能", "服务意向", "可服务时间", "本人签字"],
    ),
    "社会组织印章备案表（空白表格）": (
        "seal-filing",
        ["名称", "统一社会信用代码", "印章名称", "刻制企业", "刻制日期", "印模（加盖）", "经办人签字"],
    ),
    "单位银行结算账户开户申请书（示意样表）": (
        "bank-account-application",
        ["存款人名称", "统一社会信用代码", "地址", "法定代表人", "账户性质", "预留印鉴", "经办人"],
    ),
    "财务会计制度及核算软件备案报告书（空白表格）": (
        "accounting-system-filing",
        [
            "纳税人名称",
            "统一社会信用代码",
            "执行的会计制度",
            "会计核算软件",
            "低值易耗品摊销方法",
            "折旧方法",
            "报送日期",
        ],
    ),
    "非营利组织免税资格认定申请表（空白表格）": (
        "tax-exemption-application",
        ["名称", "统一社会信用代码", "组织类型", "登记管理机关", "申请年度", "工作人员平均工资", "法定代表人签字"],
    ),
}

# ----------------------------------------------------------------------------- guides

GUIDES = [
    # ------------------------------------------------------------- 名称核准
    {
        "slug": "name-approval",
        "title": "社会组织名称核准",
        "summary": "拟成立的社会团体、社会服务机构和基金会，在申请成立登记前可先行申请名称核准，确认拟用名称符合规则且不与已登记的社会组织重名。全程网上办理。",
        "item_code": "11440000MB2C00001X44401170010000",
        "item_type": "licence",
        "topic": "registration",
        "implementing_body": PROVINCE,
        "audiences": ["founder", "social-group", "social-service", "foundation"],
        "featured": True,
        "legal_basis": [
            ("《社会组织名称管理办法》（民政部令第69号）", ""),
            ("《社会团体登记管理条例》", "第十条"),
            ("《民办非企业单位登记管理暂行条例》", "第八条"),
        ],
        "conditions": [
            "拟用名称与组织的业务范围、成员分布和活动地域相一致，能够准确反映组织的特征。",
            "名称由行政区划名称、字号、行业或业务领域、组织形式依次组成，使用规范汉字。",
            "拟用名称不与已登记或正在核准中的社会组织名称相同或者近似。",
            "名称中不含有损害国家利益、社会公共利益，或者可能对公众造成欺骗、误解的内容和文字。",
            "拟冠以“省”字的，组织的活动地域覆盖全省。",
        ],
        "materials": [
            {
                "name": "社会组织名称核准申请表",
                "form": "electronic",
                "notes": "由全体发起人或拟任负责人电子签名",
                "blank_form": "社会组织名称核准申请表（空白表格）",
            },
            {
                "name": "发起人（拟任负责人）身份证件",
                "form": "electronic",
                "notes": "上传身份证正反面清晰扫描件",
            },
            {
                "name": "拟用名称释义及业务范围说明",
                "form": "electronic",
                "notes": "说明字号含义、业务领域以及名称与业务范围的对应关系",
                "blank_form": "拟用名称释义说明（空白模板）",
            },
            {
                "name": "业务主管单位同意使用名称的意见",
                "form": "electronic",
                "condition": "拟成立的组织需经业务主管单位前置审查的",
                "notes": "加盖业务主管单位公章后扫描上传",
            },
            {
                "name": "权利人同意使用的书面文件",
                "form": "electronic",
                "condition": "名称中含有自然人姓名、注册商标或企业字号的",
                "notes": "由本人或权利人签字盖章",
            },
            {
                "name": "授权委托书及受托人身份证件",
                "form": "electronic",
                "condition": "委托他人代为办理的",
                "blank_form": "授权委托书（空白表格）",
            },
        ],
        "procedure": [
            ("网上申请", "申请人", "登录省政务服务网，填写名称核准申请，上传材料并电子签名。"),
            ("受理", "省民政厅政务服务窗口", "材料齐全、符合法定形式的予以受理；需要补正的，一次性告知补正内容。"),
            ("审查", "省社会组织管理局", "对拟用名称进行检索比对，审查是否符合名称规则。"),
            ("决定", "省社会组织管理局", "作出核准或者不予核准的决定；不予核准的，书面说明理由。"),
            ("送达", "省民政厅政务服务窗口", "通过网上电子文书送达，申请人可自行下载打印名称核准通知书。"),
        ],
        "time_limit_kind": "promised",
        "statutory_days": 20,
        "promised_days": 3,
        "special_stages": [],
        "visits": 0,
        "service_points": [POINT_PROVINCE, POINT_SHENZHEN, POINT_ZHUHAI],
        "faq": [
            (
                "名称核准后多长时间内有效？",
                "名称核准通知书载明有效期，一般为6个月。申请人应在有效期内申请成立登记；逾期未申请的，名称不再保留，需重新申请核准。",
            ),
            (
                "一次可以申报几个名称？",
                "申请表可填写1个拟用名称和不超过2个备选名称，按填写顺序审查，第一个符合规定的名称予以核准。",
            ),
            (
                "如何事先查询名称是否已被使用？",
                "可通过本网站“社会组织查询”栏目按名称检索已登记的社会组织，也可以拨打咨询电话请工作人员协助查询。",
            ),
        ],
        "reviewed_on": "2026-05-18",
    },
    # ------------------------------------------------------------- 社会团体成立登记
    {
        "slug": "social-group-registration",
        "title": "社会团体成立登记",
        "summary": "完成筹备工作的社会团体，召开会员（代表）大会通过章程、选举产生负责人后，向登记管理机关申请成立登记，领取《社会团体法人登记证书》。",
        "item_code": "11440000MB2C00001X44401170020000",
        "item_type": "licence",
        "topic": "registration",
        "implementing_body": PROVINCE,
        "audiences": ["founder", "social-group"],
        "featured": True,
        "legal_basis": [
            ("《社会团体登记管理条例》", "第十条、第十一条"),
            ("《中华人民共和国民法典》", "第九十条"),
            ("《社会组织名称管理办法》（民政部令第69号）", ""),
        ],
        "conditions": [
            "有50个以上的个人会员，或者30个以上的单位会员；个人会员与单位会员混合组成的，会员总数不少于50个。",
            "有规范的名称和相应的组织机构，名称已经核准。",
            "有固定的住所，住所使用期限不少于1年。",
            "有与其业务活动相适应的专职工作人员。",
            "有合法的资产和经费来源，全省性社会团体的活动资金不少于10万元。",
            "需经业务主管单位审查的，已取得业务主管单位的同意文件。",
        ],
        "materials": [
            {
                "name": "社会团体法人登记申请表",
                "notes": "法定代表人签字并加盖筹备组印章",
                "blank_form": "社会团体法人登记申请表（空白表格）",
            },
            {
                "name": "业务主管单位审查同意文件",
                "condition": "不属于直接登记范围、需经业务主管单位审查同意的",
                "notes": "行业协会商会、科技类、公益慈善类、城乡社区服务类社会团体免交",
            },
            {
                "name": "会员（代表）大会会议纪要及通过的章程",
                "copies": 2,
                "notes": "章程须经到会会员（代表）三分之二以上表决通过，每页加盖筹备组印章",
            },
            {
                "name": "负责人备案表及身份证件复印件",
                "notes": "理事长、副理事长、秘书长每人一份",
                "blank_form": "社会团体负责人备案表（空白表格）",
            },
            {"name": "验资报告", "notes": "由会计师事务所出具，活动资金须存入筹备组银行账户"},
            {
                "name": "住所使用证明",
                "form": "copy",
                "notes": "产权证明复印件及租赁或无偿使用协议，使用期限不少于1年",
            },
            {
                "name": "会员名册",
                "notes": "列明会员名称、类别和联系方式",
                "blank_form": "会员名册（空白表格）",
            },
            {
                "name": "授权委托书及受托人身份证件",
                "condition": "委托他人代为办理的",
                "notes": "附受托人身份证件复印件",
            },
        ],
        "procedure": [
            ("提交申请", "筹备组", "在筹备期内通过政务服务网或到窗口提交成立登记申请。"),
            ("受理", "省民政厅政务服务窗口", "材料齐全的当场受理并出具受理通知书；不齐全的一次性告知补正内容。"),
            ("审查与专家评审", "省社会组织管理局", "对申请材料进行实质审查，必要时组织专家评审或实地核查。"),
            ("公示", "省社会组织管理局", "拟准予登记的，在门户网站公示5个工作日。"),
            ("决定与发证", "省社会组织管理局", "准予登记的发给《社会团体法人登记证书》，可到窗口领取或选择免费邮寄。"),
        ],
        "time_limit_kind": "promised",
        "statutory_days": 30,
        "promised_days": 15,
        "special_stages": [("专家评审", 20), ("公示", 5)],
        "visits": 1,
        "service_points": [POINT_PROVINCE, POINT_FOSHAN, POINT_SHANTOU],
        "faq": [
            (
                "筹备期限有多长？",
                "自批准筹备之日起6个月内，应当召开会员（代表）大会并申请成立登记。筹备期间不得开展筹备以外的活动。",
            ),
            (
                "活动资金可以用实物出资吗？",
                "活动资金应为货币资金，存入筹备组开立的银行账户，并由会计师事务所出具验资报告。",
            ),
            (
                "领取登记证书后还要办理哪些事项？",
                "领证后应依次办理印章刻制备案、银行开户和税务信息确认，可参考“成立一个社会组织”办事指引逐项办理。",
            ),
        ],
        "reviewed_on": "2026-05-18",
        "en": {
            "title": "Registering a social group",
            "summary": "Once preparations are complete and the general assembly of members (or their representatives) has adopted the charter and elected the officers, a social group applies to the registration authority for registration and receives its Social Group Legal Person Registration Certificate.",
            "implementing_body": PROVINCE_EN,
            "legal_basis": [
                ("Regulations on the Registration and Administration of Social Groups", "Articles 10 and 11"),
                ("Civil Code of the People's Republic of China", "Article 90"),
                (
                    "Measures for the Administration of Social Organization Names (Ministry of Civil Affairs Order No. 69)",
                    "",
                ),
            ],
            "conditions": [
                "At least 50 individual members or at least 30 member organizations; where individuals and organizations are both members, at least 50 members in total.",
                "A proper name and an appropriate governing structure, with the name already approved.",
                "Fixed premises that can be used for at least one year.",
                "Full-time staff suited to the group's activities.",
                "Lawful assets and sources of funds; a province-wide social group needs working funds of at least 100,000 yuan.",
                "Where review by a supervising authority is required, that authority's written consent.",
            ],
            "materials": [
                (
                    "Social group legal person registration form",
                    "",
                    "Signed by the legal representative and stamped with the preparatory group's seal",
                ),
                (
                    "Written consent of the supervising authority",
                    "The group does not fall under direct registration and needs the consent of a supervising authority",
                    "Not needed for trade associations and chambers of commerce, or science, charity and community service groups",
                ),
                (
                    "Minutes of the general assembly and the charter it adopted",
                    "",
                    "The charter must be adopted by at least two thirds of the members or representatives present; stamp every page with the preparatory group's seal",
                ),
                (
                    "Officer filing forms and copies of officers' ID",
                    "",
                    "One for each chair, vice chair and secretary-general",
                ),
                (
                    "Capital verification report",
                    "",
                    "Issued by an accounting firm; the funds must be held in the preparatory group's bank account",
                ),
                (
                    "Proof of the right to use the premises",
                    "",
                    "A copy of the title deed and the lease or free-use agreement, for at least one year",
                ),
                ("Register of members", "", "Listing each member's name, category and contact details"),
                (
                    "Power of attorney and the agent's ID",
                    "Someone else applies on the group's behalf",
                    "With a copy of the agent's ID",
                ),
            ],
            "procedure": [
                (
                    "Apply",
                    "Preparatory group",
                    "Apply for registration online or at a service window before the preparation period ends.",
                ),
                (
                    "Acceptance",
                    "Provincial Department of Civil Affairs service window",
                    "Complete applications are accepted on the spot with a written notice; you are told at once everything that is missing.",
                ),
                (
                    "Review and expert assessment",
                    "Provincial Social Organization Administration",
                    "The application is examined in substance, with an expert assessment or a site visit where needed.",
                ),
                (
                    "Public notice",
                    "Provincial Social Organization Administration",
                    "A decision to register is first announced on the department's website for 5 working days.",
                ),
                (
                    "Decision and certificate",
                    "Provincial Social Organization Administration",
                    "Once registered, the group receives its registration certificate at the window or free of charge by post.",
                ),
            ],
            "special_stages": ["Expert assessment", "Public notice"],
            "faq": [
                (
                    "How long is the preparation period?",
                    "Within six months of approval to prepare, the group must hold its general assembly and apply for registration. It may not carry out activities other than preparations during that time.",
                ),
                (
                    "Can working funds be contributed in kind?",
                    "No. Working funds must be money, paid into the preparatory group's bank account and confirmed by an accounting firm's verification report.",
                ),
                (
                    "What comes after the certificate?",
                    "Have your seals made and filed, open a bank account and confirm your tax details, in that order. The journey “Start an organization” walks you through each step.",
                ),
            ],
        },
    },
    # ------------------------------------------------------------- 社会服务机构成立登记
    {
        "slug": "social-service-registration",
        "title": "社会服务机构成立登记",
        "summary": "利用非国有资产举办、从事非营利性社会服务活动的社会服务机构（原民办非企业单位），向登记管理机关申请成立登记。全程网上办理，电子登记证书同步发放。",
        "item_code": "11440000MB2C00001X44401170030000",
        "item_type": "licence",
        "topic": "registration",
        "implementing_body": PROVINCE,
        "audiences": ["founder", "social-service"],
        "featured": True,
        "legal_basis": [
            ("《民办非企业单位登记管理暂行条例》", "第八条、第九条"),
            ("《中华人民共和国民法典》", "第八十七条"),
            ("《民办非企业单位名称管理暂行规定》", ""),
        ],
        "conditions": [
            "有规范的名称和必要的组织机构，名称已经核准。",
            "有与其业务活动相适应的从业人员，专职工作人员不少于3名。",
            "有与其业务活动相适应的合法财产，开办资金不少于3万元，且来源于非国有资产。",
            "有必要的场所，面积能够满足开展业务活动的需要。",
            "举办者为自然人的，具有完全民事行为能力；举办者为单位的，是依法登记的法人。",
            "业务范围涉及教育、卫生、养老等需要前置许可的，已取得有关部门的许可文件。",
        ],
        "materials": [
            {
                "name": "社会服务机构登记申请书",
                "form": "electronic",
                "notes": "网上填报后由举办者电子签名",
                "blank_form": "社会服务机构登记申请书（空白表格）",
            },
            {"name": "章程草案", "form": "electronic", "notes": "参照章程示范文本起草，经举办者签署"},
            {
                "name": "开办资金验资报告或资产评估报告",
                "form": "electronic",
                "notes": "以实物出资的，提交资产评估机构出具的评估报告",
            },
            {
                "name": "场所使用权证明",
                "form": "electronic",
                "notes": "上传产权证明及租赁协议扫描件，租期不少于1年",
            },
            {
                "name": "拟任负责人基本情况表及身份证件",
                "form": "electronic",
                "blank_form": "拟任负责人基本情况表（空白表格）",
            },
            {
                "name": "前置许可证书或批准文件",
                "form": "electronic",
                "condition": "业务范围涉及教育、卫生、养老等需经有关部门许可的",
                "notes": "上传许可证书或批准文件扫描件",
            },
            {
                "name": "业务主管单位审查同意文件",
                "form": "electronic",
                "condition": "不属于直接登记范围、需经业务主管单位审查同意的",
            },
        ],
        "procedure": [
            ("网上申请", "举办者", "登录省政务服务网，在线填写申请书，上传全部材料并电子签名。"),
            ("预审与受理", "省民政厅政务服务窗口", "1个工作日内完成预审，材料齐全的予以受理并推送受理通知。"),
            ("审查", "省社会组织管理局", "审查申请材料，必要时通过视频方式核查场所情况。"),
            ("公示", "省社会组织管理局", "拟准予登记的，在门户网站公示5个工作日。"),
            ("发证", "省社会组织管理局", "准予登记的发放电子登记证书，纸质证书免费邮寄送达。"),
        ],
        "time_limit_kind": "promised",
        "statutory_days": 60,
        "promised_days": 15,
        "special_stages": [("公示", 5)],
        "visits": 0,
        "service_points": [POINT_PROVINCE, POINT_SHENZHEN, POINT_DONGGUAN],
        "faq": [
            (
                "社会服务机构和民办非企业单位是什么关系？",
                "《中华人民共和国慈善法》施行后，民办非企业单位统称为社会服务机构，登记管理仍适用现行的民办非企业单位登记规定。",
            ),
            (
                "全程网办还需要到窗口吗？",
                "不需要。申请、补正和领取电子证书均在网上完成；需要纸质证书的，可选择免费邮寄。",
            ),
            (
                "举办者可以分配机构的结余吗？",
                "不可以。社会服务机构是非营利法人，结余只能用于章程规定的业务活动，举办者不得分配或变相分配。",
            ),
        ],
        "reviewed_on": "2026-05-20",
        "en": {
            "title": "Registering a social service organization",
            "summary": "A social service organization (formerly a private non-enterprise unit), founded with non-state assets to provide non-profit social services, applies to the registration authority for registration. Everything is done online and an electronic certificate is issued.",
            "implementing_body": PROVINCE_EN,
            "legal_basis": [
                (
                    "Interim Regulations on the Registration and Administration of Private Non-Enterprise Units",
                    "Articles 8 and 9",
                ),
                ("Civil Code of the People's Republic of China", "Article 87"),
                ("Interim Provisions on the Names of Private Non-Enterprise Units", ""),
            ],
            "conditions": [
                "A proper name and the necessary governing structure, with the name already approved.",
                "Staff suited to the organization's activities, with at least three full-time employees.",
                "Lawful assets suited to its activities: founding funds of at least 30,000 yuan, none of them state assets.",
                "Premises large enough for the planned activities.",
                "A founder who is a person must have full civil capacity; a founder that is an organization must be a registered legal person.",
                "Where the activities need a prior licence (education, health care, elderly care and the like), that licence.",
            ],
            "materials": [
                (
                    "Social service organization registration form",
                    "",
                    "Filled in online and signed electronically by the founder",
                ),
                ("Draft charter", "", "Based on the model charter and signed by the founder"),
                (
                    "Capital verification report or asset valuation report",
                    "",
                    "A valuation report from an asset appraisal firm where funds are contributed in kind",
                ),
                (
                    "Proof of the right to use the premises",
                    "",
                    "Scans of the title deed and a lease of at least one year",
                ),
                ("Profile and ID of each proposed officer", "", ""),
                (
                    "Prior licence or approval",
                    "The activities include education, health care, elderly care or others that need a licence from the competent department",
                    "Upload a scan of the licence or approval",
                ),
                (
                    "Written consent of the supervising authority",
                    "The organization does not fall under direct registration and needs the consent of a supervising authority",
                    "",
                ),
            ],
            "procedure": [
                (
                    "Apply online",
                    "Founder",
                    "Sign in to the provincial government service portal, fill in the form, upload all materials and sign electronically.",
                ),
                (
                    "Pre-check and acceptance",
                    "Provincial Department of Civil Affairs service window",
                    "Materials are pre-checked within one working day; complete applications are accepted and you are notified online.",
                ),
                (
                    "Review",
                    "Provincial Social Organization Administration",
                    "The application is reviewed; premises may be checked by video call.",
                ),
                (
                    "Public notice",
                    "Provincial Social Organization Administration",
                    "A decision to register is first announced on the department's website for 5 working days.",
                ),
                (
                    "Certificate",
                    "Provincial Social Organization Administration",
                    "An electronic certificate is issued; the paper certificate is posted free of charge.",
                ),
            ],
            "special_stages": ["Public notice"],
            "faq": [
                (
                    "What is the difference between a social service organization and a private non-enterprise unit?",
                    "Since the Charity Law took effect, private non-enterprise units are called social service organizations. Their registration still follows the existing rules for private non-enterprise units.",
                ),
                (
                    "Do I need to visit a window at all?",
                    "No. You apply, add missing materials and receive the electronic certificate online; the paper certificate can be posted to you free of charge.",
                ),
                (
                    "Can the founder take the surplus?",
                    "No. A social service organization is a non-profit legal person: any surplus may only be used for the activities in its charter and may not be distributed to the founder in any form.",
                ),
            ],
        },
    },
    # ------------------------------------------------------------- 基金会成立登记
    {
        "slug": "foundation-registration",
        "title": "基金会成立登记",
        "summary": "利用自然人、法人或者非法人组织捐赠的财产，以从事公益事业为目的设立的基金会，向省民政厅申请设立登记，领取《基金会法人登记证书》。",
        "item_code": "11440000MB2C00001X44401170040000",
        "item_type": "licence",
        "topic": "registration",
        "implementing_body": PROVINCE,
        "audiences": ["founder", "foundation"],
        "featured": False,
        "legal_basis": [
            ("《基金会管理条例》", "第八条、第九条"),
            ("《中华人民共和国民法典》", "第九十二条"),
            ("《中华人民共和国慈善法》", "第八条"),
        ],
        "conditions": [
            "为特定的公益目的而设立，宗旨和业务范围符合法律规定。",
            "原始基金为到账的货币资金，地方性基金会不低于200万元人民币。",
            "有规范的名称、章程、组织机构以及与其开展活动相适应的专职工作人员。",
            "有固定的住所，能够独立承担民事责任。",
            "理事会由5至25名理事组成；用私人财产设立的，相互间有近亲属关系的理事不超过理事总数的三分之一。",
        ],
        "materials": [
            {"name": "基金会设立登记申请书", "blank_form": "基金会设立登记申请书（空白表格）"},
            {"name": "章程草案", "copies": 2, "notes": "参照基金会章程示范文本起草，由发起人签署"},
            {"name": "验资证明", "notes": "由会计师事务所出具，原始基金须存入以拟设基金会名义开立的临时账户"},
            {
                "name": "理事、监事名单及身份证件复印件",
                "blank_form": "理事、监事名单（空白表格）",
            },
            {
                "name": "拟任理事长、副理事长、秘书长简历",
                "blank_form": "基金会负责人简历表（空白表格）",
            },
            {"name": "住所证明", "form": "copy", "notes": "产权证明及使用协议"},
            {"name": "捐赠人捐赠承诺书", "notes": "载明捐赠财产的数额、来源及到账时间"},
            {
                "name": "业务主管单位同意设立的文件",
                "condition": "宗旨和业务范围需经业务主管单位审查同意的",
            },
        ],
        "procedure": [
            ("预约预审", "发起人、省民政厅政务服务窗口", "提交申请前可预约窗口预审章程草案和原始基金来源。"),
            ("提交申请", "发起人", "到窗口或在网上提交全部材料。"),
            ("受理", "省民政厅政务服务窗口", "材料齐全、符合法定形式的当场受理。"),
            ("专家评审", "省社会组织管理局", "组织专家对设立的必要性、宗旨和原始基金来源进行评审。"),
            ("公示与决定", "省社会组织管理局", "公示5个工作日，无异议的准予登记，发给《基金会法人登记证书》。"),
        ],
        "time_limit_kind": "promised",
        "statutory_days": 60,
        "promised_days": 20,
        "special_stages": [("专家评审", 20), ("公示", 5)],
        "visits": 1,
        "service_points": [POINT_PROVINCE, POINT_ZHANJIANG],
        "faq": [
            (
                "原始基金可以分期到位吗？",
                "不可以。申请设立登记时，原始基金必须全部到账，并由会计师事务所出具验资证明。",
            ),
            (
                "基金会成立后可以直接开展公开募捐吗？",
                "不可以。基金会应先认定为慈善组织，登记满一年后方可申请公开募捐资格。",
            ),
            (
                "理事可以领取报酬吗？",
                "在基金会领取报酬的理事不得超过理事总人数的三分之一；监事和未在基金会担任专职工作的理事不得从基金会获取报酬。",
            ),
        ],
        "reviewed_on": "2026-05-20",
        "en": {
            "title": "Registering a foundation",
            "summary": "A foundation, set up to serve the public good with property donated by individuals, legal persons or unincorporated organizations, applies to the Provincial Department of Civil Affairs for registration and receives its Foundation Legal Person Registration Certificate.",
            "implementing_body": PROVINCE_EN,
            "legal_basis": [
                ("Regulations on the Administration of Foundations", "Articles 8 and 9"),
                ("Civil Code of the People's Republic of China", "Article 92"),
                ("Charity Law of the People's Republic of China", "Article 8"),
            ],
            "conditions": [
                "Set up for a specific public-benefit purpose, with aims and activities that the law allows.",
                "An endowment paid in as money, of at least 2 million yuan for a local foundation.",
                "A proper name, a charter, a governing structure and full-time staff suited to its activities.",
                "Fixed premises and the capacity to bear civil liability on its own.",
                "A board of 5 to 25 directors; where the foundation is funded with private property, close relatives may make up no more than a third of the board.",
            ],
            "materials": [
                ("Foundation registration form", "", ""),
                ("Draft charter", "", "Based on the model foundation charter and signed by the founders"),
                (
                    "Capital verification certificate",
                    "",
                    "Issued by an accounting firm; the endowment must be held in a temporary account in the proposed foundation's name",
                ),
                ("List of directors and supervisors, with copies of their ID", "", ""),
                ("CVs of the proposed chair, vice chairs and secretary-general", "", ""),
                ("Proof of premises", "", "Title deed and use agreement"),
                ("Donors' pledge", "", "Stating the amount, source and date of transfer of the donated property"),
                (
                    "Supervising authority's consent to the foundation",
                    "The foundation's aims and activities need a supervising authority's consent",
                    "",
                ),
            ],
            "procedure": [
                (
                    "Pre-check by appointment",
                    "Founders and the Provincial Department of Civil Affairs service window",
                    "Before applying, book a pre-check of the draft charter and the source of the endowment.",
                ),
                ("Apply", "Founders", "Submit all materials at a window or online."),
                (
                    "Acceptance",
                    "Provincial Department of Civil Affairs service window",
                    "Complete applications are accepted on the spot.",
                ),
                (
                    "Expert assessment",
                    "Provincial Social Organization Administration",
                    "Experts assess the need for the foundation, its aims and the source of its endowment.",
                ),
                (
                    "Public notice and decision",
                    "Provincial Social Organization Administration",
                    "After 5 working days of public notice without objection, the foundation is registered and receives its certificate.",
                ),
            ],
            "special_stages": ["Expert assessment", "Public notice"],
            "faq": [
                (
                    "Can the endowment be paid in instalments?",
                    "No. The whole endowment must be in the account when you apply, confirmed by an accounting firm.",
                ),
                (
                    "Can a new foundation raise funds from the public straight away?",
                    "No. It must first be recognized as a charitable organization, and may apply to raise funds from the public once it has been registered for a year.",
                ),
                (
                    "May directors be paid?",
                    "No more than a third of the directors may be paid by the foundation. Supervisors, and directors who do not work full time for the foundation, may not be paid by it.",
                ),
            ],
        },
    },
    # ------------------------------------------------------------- 社会团体变更登记
    {
        "slug": "social-group-change",
        "title": "社会团体变更登记（负责人、住所）",
        "summary": "社会团体变更法定代表人、负责人或者住所的，在履行内部决议程序后，向登记管理机关申请变更登记或负责人备案。",
        "item_code": "11440000MB2C00001X44401170050000",
        "item_type": "licence",
        "topic": "change",
        "implementing_body": PROVINCE,
        "audiences": ["social-group"],
        "featured": False,
        "legal_basis": [
            ("《社会团体登记管理条例》", "第十八条"),
            ("《中华人民共和国民法典》", "第六十四条"),
        ],
        "conditions": [
            "变更事项已经会员（代表）大会或理事会依照章程规定的程序表决通过。",
            "新任负责人符合章程规定的任职条件，任职时年龄不超过70周岁。",
            "变更法定代表人的，原法定代表人已完成离任审计。",
            "新住所为社会团体自有或合法租用的场所，使用期限不少于1年。",
            "需经业务主管单位审查的，已取得同意文件。",
        ],
        "materials": [
            {"name": "社会团体变更登记申请表", "blank_form": "社会团体变更登记申请表（空白表格）"},
            {"name": "会员（代表）大会或理事会决议", "notes": "载明表决程序、到会人数和表决结果"},
            {
                "name": "新任负责人备案表及身份证件复印件",
                "condition": "变更法定代表人或负责人的",
                "blank_form": "社会团体负责人备案表（空白表格）",
            },
            {
                "name": "原法定代表人离任审计报告",
                "condition": "变更法定代表人的",
                "notes": "由会计师事务所出具",
            },
            {
                "name": "新住所使用证明",
                "form": "copy",
                "condition": "变更住所的",
                "notes": "产权证明复印件及租赁协议",
            },
            {"name": "《社会团体法人登记证书》正本、副本", "notes": "换发新证时交回原证"},
            {"name": "业务主管单位审查同意文件", "condition": "有业务主管单位的"},
        ],
        "procedure": [
            ("内部决议", "社会团体", "按章程召开会议表决变更事项，形成书面决议。"),
            ("提交申请", "社会团体", "自决议通过之日起30日内，在网上或到窗口提交变更申请。"),
            (
                "受理与审查",
                "省民政厅政务服务窗口、省社会组织管理局",
                "审查变更程序是否合规、新任负责人是否符合任职条件。",
            ),
            ("换发证书", "省社会组织管理局", "准予变更的换发登记证书，同步更新社会组织信息公开平台的信息。"),
        ],
        "time_limit_kind": "promised",
        "statutory_days": 20,
        "promised_days": 5,
        "special_stages": [],
        "visits": 1,
        "service_points": [POINT_PROVINCE, POINT_FOSHAN, POINT_SHAOGUAN],
        "faq": [
            (
                "只更换副理事长也要办理吗？",
                "副理事长、秘书长等负责人变动不涉及登记证书记载事项的，办理负责人备案即可，材料与本指南相同，不换发证书。",
            ),
            (
                "在同一城市内搬迁也要办理吗？",
                "需要。住所是登记事项，无论是否跨区，都应当在变更后30日内申请变更登记；住所写入章程的，还需一并申请章程核准。",
            ),
        ],
        "reviewed_on": "2026-04-28",
    },
    # ------------------------------------------------------------- 章程核准
    {
        "slug": "charter-approval",
        "title": "社会组织章程核准",
        "summary": "社会团体、社会服务机构和基金会修改章程的，经内部决议通过后报登记管理机关核准，章程自核准之日起生效。全程网上办理。",
        "item_code": "11440000MB2C00001X44401170060000",
        "item_type": "licence",
        "topic": "change",
        "implementing_body": PROVINCE,
        "audiences": ["social-group", "social-service", "foundation"],
        "featured": False,
        "legal_basis": [
            ("《社会团体登记管理条例》", ""),
            ("《民办非企业单位登记管理暂行条例》", ""),
            ("《基金会管理条例》", ""),
        ],
        "conditions": [
            "章程修改已按原章程规定的程序表决通过。",
            "修改后的章程内容符合法律法规和章程示范文本的要求。",
            "修改涉及业务范围、且需经业务主管单位同意的，已取得同意文件。",
        ],
        "materials": [
            {
                "name": "章程核准申请表",
                "form": "electronic",
                "blank_form": "社会组织章程核准申请表（空白表格）",
            },
            {"name": "修改后的章程", "form": "electronic", "notes": "每页加盖本组织印章后扫描上传"},
            {
                "name": "章程修改对照表",
                "form": "electronic",
                "notes": "逐条列明修改前后内容及修改理由",
                "blank_form": "章程修改对照表（空白表格）",
            },
            {"name": "表决通过章程的会议纪要及签到表", "form": "electronic"},
            {"name": "业务主管单位审查同意文件", "form": "electronic", "condition": "有业务主管单位的"},
        ],
        "procedure": [
            ("网上申请", "社会组织", "登录省政务服务网提交章程核准申请，上传全部材料。"),
            ("受理", "省民政厅政务服务窗口", "材料齐全的予以受理，需要补正的一次性告知。"),
            ("审查", "省社会组织管理局", "对照法律法规和示范文本逐条审查修改内容。"),
            ("核准", "省社会组织管理局", "出具章程核准通知书（电子文书），核准后的章程在信息公开平台公开。"),
        ],
        "time_limit_kind": "promised",
        "statutory_days": 20,
        "promised_days": 10,
        "special_stages": [],
        "visits": 0,
        "service_points": [POINT_PROVINCE, POINT_ZHUHAI],
        "faq": [
            (
                "章程核准前可以按新章程执行吗？",
                "不可以。修改后的章程自核准之日起生效，核准前仍执行原章程。",
            ),
            (
                "只修改住所地址需要章程核准吗？",
                "住所写入章程的，变更住所时需要同步修改章程并申请核准，可与住所变更登记一并提交。",
            ),
        ],
        "reviewed_on": "2026-04-28",
    },
    # ------------------------------------------------------------- 注销登记
    {
        "slug": "deregistration",
        "title": "社会组织注销登记",
        "summary": "社会组织完成章程规定的宗旨、自行解散、分立或合并，或者被撤销登记需要终止的，在完成清算后向登记管理机关申请注销登记。",
        "item_code": "11440000MB2C00001X44401170070000",
        "item_type": "licence",
        "topic": "deregistration",
        "implementing_body": PROVINCE,
        "audiences": ["social-group", "social-service", "foundation"],
        "featured": False,
        "legal_basis": [
            ("《社会团体登记管理条例》", "第十九条、第二十条"),
            ("《基金会管理条例》", "第十八条"),
            ("《中华人民共和国民法典》", "第七十条"),
        ],
        "conditions": [
            "已由会员（代表）大会、理事会或举办者按章程规定作出终止决议。",
            "已成立清算组，清算期间不开展清算以外的活动。",
            "已完成财产清算、清偿债务，剩余财产已按章程规定处置。",
            "已办结税务注销，取得清税证明。",
            "不存在未办结的行政处罚或诉讼案件。",
        ],
        "materials": [
            {"name": "注销登记申请书", "blank_form": "社会组织注销登记申请书（空白表格）"},
            {"name": "终止决议", "notes": "会员（代表）大会、理事会或举办者会议纪要"},
            {"name": "清算报告", "notes": "经会计师事务所审计，由清算组全体成员签字"},
            {
                "name": "清算组成员名单及清算公告",
                "notes": "附在报刊或信息公开平台发布公告的版面复印件或截图",
                "blank_form": "清算组成员名单（空白表格）",
            },
            {"name": "登记证书正本、副本和全部印章", "notes": "交回登记管理机关封存"},
            {"name": "清税证明", "form": "copy", "notes": "由主管税务机关出具"},
            {"name": "业务主管单位审查同意文件", "condition": "有业务主管单位的"},
        ],
        "procedure": [
            ("作出终止决议", "社会组织", "按章程召开会议作出终止决议，成立清算组。"),
            ("清算", "清算组", "清理财产、清偿债务、发布清算公告，办理税务注销。"),
            ("提交申请", "清算组", "清算结束之日起15日内提交注销登记申请。"),
            ("审查与公示", "省社会组织管理局", "审查清算报告；拟准予注销的，在门户网站公示5个工作日。"),
            ("注销与公告", "省社会组织管理局", "作出注销决定，收缴登记证书和印章，并向社会公告。"),
        ],
        "time_limit_kind": "promised",
        "statutory_days": 30,
        "promised_days": 15,
        "special_stages": [("公示", 5)],
        "visits": 1,
        "service_points": [POINT_PROVINCE, POINT_SHANTOU, POINT_ZHANJIANG],
        "faq": [
            (
                "剩余财产可以分给会员吗？",
                "不可以。剩余财产应按章程规定用于与本组织宗旨相同或相近的公益目的；章程未规定的，由登记管理机关组织捐赠给宗旨相近的社会组织。",
            ),
            (
                "长期不开展活动能否直接注销？",
                "可以申请注销，但仍须完成清算程序。未完成清算的，登记管理机关不予注销。",
            ),
        ],
        "reviewed_on": "2026-05-06",
    },
    # ------------------------------------------------------------- 年报
    {
        "slug": "annual-report",
        "title": "社会组织年度工作报告报送",
        "summary": "在省民政厅登记的社会组织，每年1月1日至5月31日通过年报系统报送上一年度工作报告，年报内容向社会公开。全程网上办理。",
        "item_code": "11440000MB2C00001X44401170080000",
        "item_type": "public_service",
        "topic": "annual",
        "implementing_body": PROVINCE,
        "audiences": ["social-group", "social-service", "foundation", "charity"],
        "featured": True,
        "legal_basis": [
            ("《民办非企业单位年度检查办法》（民政部令第27号）", ""),
            ("《基金会年度检查办法》（民政部令第30号）", ""),
            ("《中华人民共和国慈善法》", "第十三条"),
        ],
        "conditions": [
            "在省民政厅登记，且于上一年度12月31日前取得登记证书的社会团体、社会服务机构和基金会。",
            "已编制完成上一年度财务会计报告。",
            "基金会和慈善组织已委托会计师事务所完成年度财务审计。",
            "在报送期内通过年报系统提交；逾期未报送的，依照规定列入活动异常名录。",
        ],
        "materials": [
            {
                "name": "年度工作报告书",
                "form": "electronic",
                "notes": "在年报系统中在线填报，也可下载空白表格离线准备",
                "blank_form": "社会组织年度工作报告书（空白表格）",
            },
            {
                "name": "年度财务会计报告",
                "form": "electronic",
                "notes": "包括资产负债表、业务活动表和现金流量表",
            },
            {
                "name": "年度财务审计报告",
                "form": "electronic",
                "condition": "基金会、慈善组织，以及当年换届或更换法定代表人的社会组织",
            },
            {
                "name": "年度慈善活动情况表",
                "form": "electronic",
                "condition": "已认定为慈善组织的",
                "blank_form": "慈善组织年度慈善活动情况表（空白表格）",
            },
            {
                "name": "年度报告真实性承诺书",
                "form": "electronic",
                "notes": "法定代表人签字并加盖印章后扫描上传",
                "blank_form": "年度报告真实性承诺书（空白表格）",
            },
        ],
        "procedure": [
            ("登录年报系统", "社会组织", "使用统一社会信用代码和密码登录年报系统。"),
            ("在线填报", "社会组织", "填写基本信息、内部治理、业务活动和财务情况，上传附件。"),
            ("提交", "社会组织", "在5月31日前提交年报。"),
            ("审核", "省社会组织管理局", "自提交之日起20个工作日内完成审核，需要补正的在线退回。"),
            ("公开", "省社会组织管理局", "审核通过的年报在社会组织信息公开平台公开。"),
        ],
        "time_limit_kind": "promised",
        "statutory_days": None,
        "promised_days": 20,
        "special_stages": [],
        "visits": 0,
        "service_points": [POINT_PROVINCE, POINT_SHENZHEN],
        "faq": [
            (
                "当年新成立的组织需要报送年报吗？",
                "上一年度12月31日前成立登记的社会组织都需要报送；当年新成立的，自下一年度起报送。",
            ),
            (
                "年报提交后发现错误可以修改吗？",
                "审核完成前可申请退回修改；审核完成后发现错误的，可提交更正说明，更正情况一并公开。",
            ),
            (
                "逾期未报送有什么后果？",
                "未按规定报送的，依照有关规定列入活动异常名录，并影响等级评估、政府购买服务等事项的申报资格。",
            ),
        ],
        "reviewed_on": "2026-01-05",
    },
    # ------------------------------------------------------------- 等级评估
    {
        "slug": "evaluation-application",
        "title": "社会组织等级评估申报",
        "summary": "取得登记证书满两个年度的社会组织，可以自愿申请参加等级评估。评估等级由高至低为5A至1A，有效期5年。",
        "item_code": "11440000MB2C00001X44401170090000",
        "item_type": "public_service",
        "topic": "evaluation",
        "implementing_body": "省民政厅（省社会组织评估委员会）",
        "audiences": ["social-group", "social-service", "foundation"],
        "featured": False,
        "legal_basis": [
            ("《社会组织评估管理办法》（民政部令第39号）", ""),
            ("《社会组织信用信息管理办法》（民政部令第60号）", ""),
        ],
        "conditions": [
            "取得登记证书满两个年度，且已连续报送年度工作报告。",
            "上一年度年报审核通过，未被列入活动异常名录或严重违法失信名单。",
            "申报前两年内未受到登记管理机关的行政处罚。",
            "首次参加评估，或者原评估等级有效期已满或即将届满。",
        ],
        "materials": [
            {"name": "社会组织等级评估申请书", "blank_form": "社会组织等级评估申请书（空白表格）"},
            {
                "name": "自评报告及佐证材料目录",
                "notes": "对照评估指标逐项自评打分",
                "blank_form": "社会组织评估自评表（空白表格）",
            },
            {"name": "近两年财务审计报告", "form": "copy"},
            {"name": "近两年年度工作报告", "form": "copy", "notes": "可从年报系统下载打印"},
            {
                "name": "表彰奖励证书",
                "form": "copy",
                "condition": "申报时列报近两年所获表彰奖励的",
            },
        ],
        "procedure": [
            ("申报", "社会组织", "在评估公告规定的时间内网上申报，并向窗口报送纸质材料。"),
            ("资格初审", "省社会组织评估委员会办公室", "审核申报资格，通知通过初审的组织准备实地评估。"),
            ("实地评估", "评估专家组", "查阅档案、听取汇报、现场核查，按指标打分并形成评估意见。"),
            ("审定", "省社会组织评估委员会", "审核专家组意见，确定拟评等级。"),
            ("公示与公告", "省民政厅", "公示5个工作日，无异议的发布公告，颁发等级证书和牌匾。"),
        ],
        "time_limit_kind": "promised",
        "statutory_days": None,
        "promised_days": 60,
        "special_stages": [("专家评审", 20), ("评估结果公示", 5)],
        "visits": 1,
        "service_points": [POINT_PROVINCE, POINT_DONGGUAN],
        "faq": [
            ("参加评估需要交费吗？", "不需要。等级评估不向参评社会组织收取任何费用。"),
            (
                "对评估结果有异议怎么办？",
                "可在公示期内向评估委员会提出书面复核申请，评估委员会在规定期限内作出复核决定并书面告知。",
            ),
            (
                "获得3A以上等级有什么作用？",
                "获得3A以上评估等级的社会组织，可按规定优先承接政府购买服务，并可按规定申请公益性捐赠税前扣除资格。",
            ),
        ],
        "reviewed_on": "2026-03-16",
    },
    # ------------------------------------------------------------- 慈善组织认定
    {
        "slug": "charity-recognition",
        "title": "慈善组织认定",
        "summary": "已经设立的基金会、社会团体和社会服务机构，以开展慈善活动为宗旨的，可以向办理其登记的民政部门申请认定为慈善组织。",
        "item_code": "11440000MB2C00001X44401170100000",
        "item_type": "confirmation",
        "topic": "charity",
        "implementing_body": PROVINCE,
        "audiences": ["social-group", "social-service", "foundation"],
        "featured": False,
        "legal_basis": [
            ("《中华人民共和国慈善法》", "第十条"),
            ("《慈善组织认定办法》（民政部令第58号）", ""),
        ],
        "conditions": [
            "以开展慈善活动为宗旨，业务范围符合慈善法规定的慈善活动。",
            "不以营利为目的，收益和营运结余全部用于章程规定的慈善目的。",
            "财产及其孳息没有在发起人、捐赠人或者本组织成员中分配。",
            "章程载明终止时剩余财产转给宗旨相同或相近的慈善组织。",
            "申请前两年内未受过行政处罚，社会信用良好。",
            "上一年度年报已按时报送，年度慈善活动支出和管理费用符合规定。",
        ],
        "materials": [
            {"name": "慈善组织认定申请书", "blank_form": "慈善组织认定申请书（空白表格）"},
            {"name": "按照慈善法修改后的章程", "notes": "载明慈善宗旨、信息公开、剩余财产处置等内容"},
            {
                "name": "申请理由及慈善活动情况说明",
                "blank_form": "慈善活动情况说明（空白模板）",
            },
            {"name": "理事会或会员（代表）大会同意申请认定的会议纪要"},
            {"name": "上一年度财务审计报告", "notes": "成立不满一年的，提交验资报告"},
            {"name": "业务主管单位同意的证明材料", "condition": "有业务主管单位的"},
        ],
        "procedure": [
            ("内部决议", "申请组织", "理事会或会员（代表）大会表决同意申请认定，并按慈善法修改章程。"),
            ("提交申请", "申请组织", "到窗口或在网上提交申请材料。"),
            ("审查", "省民政厅", "审查申请组织是否符合慈善组织的条件，必要时进行实地核查。"),
            ("决定与公告", "省民政厅", "准予认定的换发登记证书并标明慈善组织属性，在全国慈善信息公开平台公告。"),
        ],
        "time_limit_kind": "promised",
        "statutory_days": 20,
        "promised_days": 10,
        "special_stages": [],
        "visits": 1,
        "service_points": [POINT_PROVINCE, POINT_SHENZHEN],
        "faq": [
            (
                "认定为慈善组织后有哪些义务？",
                "应当按规定公开年度工作报告、财务会计报告和慈善项目信息，年度慈善活动支出和管理费用须符合国家规定的比例。",
            ),
            (
                "认定后可以开展公开募捐吗？",
                "认定只是取得慈善组织身份，开展公开募捐还需另行申请公开募捐资格，详见“公开募捐资格申请”指南。",
            ),
        ],
        "reviewed_on": "2026-04-10",
    },
    # ------------------------------------------------------------- 公开募捐资格
    {
        "slug": "public-fundraising-qualification",
        "title": "公开募捐资格申请",
        "summary": "依法登记满一年、内部治理结构健全、运作规范的慈善组织，可以向办理其登记的民政部门申请公开募捐资格。全程网上办理。",
        "item_code": "11440000MB2C00001X44401170110000",
        "item_type": "licence",
        "topic": "charity",
        "implementing_body": PROVINCE,
        "audiences": ["charity"],
        "featured": False,
        "legal_basis": [
            ("《中华人民共和国慈善法》", "第二十二条"),
            ("《慈善组织公开募捐管理办法》（民政部令第59号）", ""),
        ],
        "conditions": [
            "依法登记满一年，且已认定为慈善组织。",
            "依据法律法规和章程建立了规范的内部治理结构，理事会能够有效决策。",
            "理事会成员中来自同一组织或者相互间有近亲属关系的理事不超过三分之一。",
            "法定代表人由理事长担任，秘书长为专职。",
            "申请前两年内未因违法违规行为受到行政处罚，年度工作报告按时报送。",
        ],
        "materials": [
            {"name": "公开募捐资格申请书", "form": "electronic", "blank_form": "公开募捐资格申请书（空白表格）"},
            {
                "name": "上一年度财务审计报告",
                "form": "electronic",
                "notes": "含年度慈善活动支出和管理费用的专项审计",
            },
            {"name": "理事会同意申请公开募捐资格的会议纪要", "form": "electronic"},
            {
                "name": "公开募捐活动内部管理制度",
                "form": "electronic",
                "notes": "包括募捐方案审批、捐赠财产管理和信息公开制度",
            },
            {
                "name": "公开募捐活动初步方案",
                "form": "electronic",
                "notes": "列明募捐目的、时间、地域、方式和款物用途",
                "blank_form": "公开募捐方案（空白模板）",
            },
        ],
        "procedure": [
            ("网上申请", "慈善组织", "登录省政务服务网提交申请，上传全部材料。"),
            ("受理", "省民政厅政务服务窗口", "材料齐全的予以受理，需要补正的一次性告知。"),
            ("审查与专家评审", "省民政厅", "审查治理结构和财务状况，必要时组织专家评审。"),
            ("决定", "省民政厅", "准予的发给公开募捐资格证书，并在全国慈善信息公开平台公布。"),
        ],
        "time_limit_kind": "promised",
        "statutory_days": 20,
        "promised_days": 10,
        "special_stages": [("专家评审", 10)],
        "visits": 0,
        "service_points": [POINT_PROVINCE, POINT_FOSHAN],
        "faq": [
            (
                "取得资格后可以面向全国募捐吗？",
                "通过民政部指定的互联网公开募捐信息平台开展的，可以面向全国；以互联网以外的方式开展的，应当在登记的民政部门管辖区域内进行。",
            ),
            (
                "每次开展公开募捐都要报备吗？",
                "需要。每次开展公开募捐活动前，应当将募捐方案报送登记的民政部门备案。",
            ),
        ],
        "reviewed_on": "2026-04-10",
    },
    # ------------------------------------------------------------- 志愿者注册
    {
        "slug": "volunteer-registration",
        "title": "志愿者注册",
        "summary": "年满14周岁的公民可以通过志愿服务信息系统在线注册为志愿者，也可以通过志愿服务组织注册。注册后可加入志愿服务组织、报名服务项目并记录服务时长。",
        "item_code": "",
        "item_type": "public_service",
        "topic": "volunteering",
        "implementing_body": "省民政厅",
        "audiences": ["individual"],
        "featured": False,
        "legal_basis": [
            ("《志愿服务条例》", "第七条"),
            ("《志愿服务记录与证明出具办法（试行）》", ""),
        ],
        "conditions": [
            "年满14周岁；未满18周岁的，应当经监护人同意。",
            "具有与所参加的志愿服务项目相适应的能力和身体条件。",
            "自愿遵守志愿服务组织的章程和管理制度。",
        ],
        "materials": [
            {
                "name": "本人有效身份证件信息",
                "form": "electronic",
                "notes": "在线填写证件号码并完成实名认证，无需上传复印件",
            },
            {"name": "本人近期免冠照片", "form": "electronic", "notes": "JPG格式，不超过2MB"},
            {
                "name": "监护人同意书",
                "form": "electronic",
                "condition": "注册人未满18周岁的",
                "blank_form": "未成年人注册志愿者监护人同意书（空白表格）",
            },
            {
                "name": "志愿者注册登记表",
                "condition": "通过志愿服务组织线下注册的",
                "blank_form": "志愿者注册登记表（空白表格）",
            },
            {
                "name": "专业技能证明",
                "form": "electronic",
                "condition": "申报医疗救护、心理咨询、法律服务等专业技能的",
                "notes": "上传职业资格证书或培训结业证书",
            },
        ],
        "procedure": [
            ("进入注册页面", "注册人", "通过志愿服务信息系统网站或手机小程序进入注册页面。"),
            ("实名认证", "注册人", "填写身份信息并完成人脸识别认证。"),
            ("填写个人信息", "注册人", "填写联系方式、服务技能、服务意向和可服务时间。"),
            ("完成注册", "志愿服务信息系统", "即时生成志愿者编号，可加入志愿服务组织、报名志愿服务项目。"),
        ],
        "time_limit_kind": "on_the_spot",
        "statutory_days": None,
        "promised_days": None,
        "special_stages": [],
        "visits": 0,
        "service_points": [POINT_DONGGUAN, POINT_SHANTOU],
        "faq": [
            ("注册志愿者需要交费吗？", "不需要。志愿者注册和服务记录全部免费。"),
            (
                "已经在志愿服务信息系统注册过，换了城市要重新注册吗？",
                "不需要。注册信息全国通用，到新城市后可直接加入当地的志愿服务组织。",
            ),
            (
                "如何开具志愿服务记录证明？",
                "由组织志愿服务活动的志愿服务组织依据系统记录出具，志愿者可在系统中在线申请。",
            ),
        ],
        "reviewed_on": "2026-05-25",
    },
    # ------------------------------------------------------------- 印章备案
    {
        "slug": "seal-filing",
        "title": "社会组织印章刻制备案",
        "summary": "社会组织取得登记证书后，到公安机关备案的印章刻制企业刻制印章，并在刻制后30日内将印模报登记管理机关备案。",
        "item_code": "",
        "item_type": "other",
        "topic": "registration",
        "implementing_body": PROVINCE,
        "audiences": ["social-group", "social-service", "foundation"],
        "featured": False,
        "legal_basis": [
            ("《国务院关于国家行政机关和企业事业单位社会团体印章管理的规定》（国发〔1999〕25号）", ""),
            ("《社会团体登记管理条例》", ""),
        ],
        "conditions": [
            "已取得登记管理机关核发的登记证书。",
            "印章名称与登记证书上的名称一致，不使用简称。",
            "在公安机关备案的印章刻制企业刻制。",
            "印章刻制后30日内将印模报登记管理机关备案。",
        ],
        "materials": [
            {
                "name": "社会组织印章备案表",
                "copies": 2,
                "notes": "在表内指定位置加盖新刻印章的印模",
                "blank_form": "社会组织印章备案表（空白表格）",
            },
            {"name": "登记证书副本", "form": "copy"},
            {"name": "法定代表人身份证件", "form": "copy"},
            {
                "name": "授权委托书及经办人身份证件",
                "condition": "非法定代表人本人办理的",
                "blank_form": "授权委托书（空白表格）",
            },
            {
                "name": "原印章",
                "condition": "因名称变更或印章损坏需要重新刻制的",
                "notes": "交回登记管理机关封存",
            },
        ],
        "procedure": [
            ("刻制印章", "社会组织", "持登记证书到公安机关备案的刻章企业刻制单位印章、财务专用章等。"),
            ("填写备案表", "社会组织", "填写印章备案表并加盖印模。"),
            ("窗口备案", "省民政厅政务服务窗口", "当场核对印模与登记信息并予以备案。"),
            ("领取回执", "社会组织", "领取印章备案回执，妥善保存。"),
        ],
        "time_limit_kind": "on_the_spot",
        "statutory_days": None,
        "promised_days": None,
        "special_stages": [],
        "visits": 1,
        "service_points": [POINT_PROVINCE, POINT_SHENZHEN, POINT_SHAOGUAN],
        "faq": [
            (
                "可以刻制哪些印章？",
                "可以刻制单位印章、财务专用章和合同专用章，种类和数量由本组织按内部管理需要确定，刻制后均需备案。",
            ),
            (
                "印章遗失怎么办？",
                "应当及时在报刊或信息公开平台声明作废，再持声明证明重新刻制并办理备案。",
            ),
        ],
        "reviewed_on": "2026-05-06",
    },
    # ------------------------------------------------------------- 银行开户
    {
        "slug": "bank-account",
        "title": "社会组织银行开户",
        "summary": "社会组织取得登记证书、刻制印章后，到商业银行开立基本存款账户，用于日常资金收付。开户由银行办理，本指南为信息指引。",
        "item_code": "",
        "item_type": "other",
        "topic": "other",
        "implementing_body": "开户银行（各商业银行营业网点）",
        "audiences": ["social-group", "social-service", "foundation"],
        "featured": False,
        "legal_basis": [
            ("《人民币银行结算账户管理办法》（中国人民银行令〔2003〕第5号）", ""),
            ("《民间非营利组织会计制度》（财会〔2004〕7号）", ""),
        ],
        "conditions": [
            "已取得登记证书，并完成印章刻制备案。",
            "在同一家银行只开立一个基本存款账户。",
            "法定代表人或授权经办人能够到银行网点办理身份核实。",
        ],
        "materials": [
            {"name": "登记证书正本"},
            {"name": "法定代表人身份证件"},
            {"name": "单位印章、财务专用章和法定代表人名章", "notes": "用于预留银行印鉴"},
            {
                "name": "开立单位银行结算账户申请书",
                "notes": "各银行格式不同，以开户银行提供的为准",
                "blank_form": "单位银行结算账户开户申请书（示意样表）",
            },
            {
                "name": "授权委托书及经办人身份证件",
                "condition": "法定代表人不能亲自到场的",
                "blank_form": "授权委托书（空白表格）",
            },
        ],
        "procedure": [
            ("预约", "社会组织", "选择银行网点并预约开户时间。"),
            ("提交材料与核实", "开户银行", "核验证照和身份，法定代表人或经办人现场面签。"),
            ("开立账户", "开户银行", "审核通过的当场开立账户，提供账户信息。"),
            ("登记账户信息", "社会组织", "在年度工作报告中如实填报开户银行和账号。"),
        ],
        "time_limit_kind": "on_the_spot",
        "statutory_days": None,
        "promised_days": None,
        "special_stages": [],
        "visits": 1,
        "service_points": [],
        "online_url": "",
        "progress_url": "",
        "faq": [
            (
                "可以用负责人个人账户收取会费或捐赠吗？",
                "不可以。社会组织的全部收支应当通过本单位银行账户办理，不得使用个人账户。",
            ),
            (
                "住所变更后需要更换开户银行吗？",
                "不需要更换银行，但应当及时到开户银行办理账户信息变更。",
            ),
        ],
        "reviewed_on": "2026-05-06",
    },
    # ------------------------------------------------------------- 税务登记
    {
        "slug": "tax-registration",
        "title": "社会组织税务登记信息确认",
        "summary": "社会组织登记证书已载明统一社会信用代码，无需另行办理税务登记证。领证后应通过电子税务局完成税务信息确认和税费种认定。",
        "item_code": "",
        "item_type": "other",
        "topic": "other",
        "implementing_body": "主管税务机关",
        "audiences": ["social-group", "social-service", "foundation"],
        "featured": False,
        "legal_basis": [
            ("《中华人民共和国税收征收管理法》", "第十五条"),
            ("《税务登记管理办法》（国家税务总局令第7号）", ""),
        ],
        "conditions": [
            "已取得载有统一社会信用代码的登记证书。",
            "已开立银行基本存款账户。",
            "法定代表人、财务负责人已完成电子税务局实名认证。",
        ],
        "materials": [
            {"name": "登记证书", "form": "electronic", "notes": "电子税务局自动获取登记信息，核对无误即可"},
            {"name": "法定代表人、财务负责人和办税人员身份信息", "form": "electronic"},
            {"name": "银行基本存款账户信息", "form": "electronic"},
            {
                "name": "财务会计制度及核算软件备案报告书",
                "form": "electronic",
                "notes": "注明执行《民间非营利组织会计制度》",
                "blank_form": "财务会计制度及核算软件备案报告书（空白表格）",
            },
            {
                "name": "非营利组织免税资格认定申请表",
                "form": "electronic",
                "condition": "申请非营利组织免税资格的",
                "blank_form": "非营利组织免税资格认定申请表（空白表格）",
            },
        ],
        "procedure": [
            ("登录电子税务局", "法定代表人或办税人员", "使用统一社会信用代码和实名账号登录电子税务局。"),
            ("确认登记信息", "社会组织", "核对自动带出的登记信息，补充财务负责人、办税人员和银行账户信息。"),
            ("税费种认定", "主管税务机关", "根据业务情况核定应申报的税费种和申报期限。"),
            ("开始按期申报", "社会组织", "按核定的期限办理纳税申报；当期没有收入的进行零申报。"),
        ],
        "time_limit_kind": "on_the_spot",
        "statutory_days": None,
        "promised_days": None,
        "special_stages": [],
        "visits": 0,
        "service_points": [],
        "online_url": "https://www.example.gov.cn/etax/",
        "progress_url": "",
        "faq": [
            (
                "社会组织需要缴税吗？",
                "符合条件的捐赠收入、会费收入、政府补助收入等，取得非营利组织免税资格后可依法免征企业所得税；提供应税服务取得的收入应当依法纳税。",
            ),
            ("没有收入也要申报吗？", "需要。当期没有收入的，也应当按期进行零申报。"),
        ],
        "reviewed_on": "2026-05-06",
    },
]

JOURNEY = {
    "slug": "start-an-organization",
    "title": "成立一个社会组织",
    "summary": "从名称核准到税务登记，新成立的社会组织依次办理以下五个事项。这里以社会团体为例；社会服务机构和基金会的成立登记请分别参阅对应的办事指南。",
    # (guide slug, step name)
    "steps": [
        ("name-approval", "名称核准"),
        ("social-group-registration", "成立登记"),
        ("seal-filing", "刻制印章并备案"),
        ("bank-account", "银行开户"),
        ("tax-registration", "税务登记"),
    ],
    "en": {
        "title": "Starting a social organization",
        "summary": "From approval of the name to tax registration, a new social organization takes these five steps in turn. The example is a social group; for a social service agency or a foundation, see the registration guide for that kind of organization.",
        "steps": ["Name approval", "Registration", "Seal making and filing", "Bank account", "Tax registration"],
    },
}
