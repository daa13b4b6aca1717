"""Word lists the benchmark's names and texts are put together from.

Original, invented vocabulary in the way the province's registers read
(佛山市南海区青少年发展促进会, 越秀区乐龄社会工作服务中心); plain data only.
"""

from orgdirectory.models import FundingSource, OrgType

# (field, English, service area slugs): what an organization works on.
FIELDS = [
    ("助老服务", "Elderly Support", ["elderly-care"]),
    ("长者关爱", "Elderly Care", ["elderly-care", "community"]),
    ("居家养老", "Home-based Elderly Care", ["elderly-care", "health"]),
    ("青少年发展", "Youth Development", ["children", "education"]),
    ("青少年事务", "Youth Affairs", ["children", "social-work"]),
    ("儿童关爱", "Child Care", ["children"]),
    ("困境儿童帮扶", "Support for Children in Difficulty", ["children", "poverty-relief"]),
    ("家庭综合", "Family Services", ["social-work", "community"]),
    ("家庭教育", "Family Education", ["education", "children"]),
    ("社区营造", "Community Building", ["community", "volunteering"]),
    ("社区发展", "Community Development", ["community"]),
    ("邻里互助", "Neighbourhood Mutual Aid", ["community", "volunteering"]),
    ("助残康复", "Disability Rehabilitation", ["disability", "health"]),
    ("残疾人就业", "Employment for People with Disabilities", ["disability", "industry"]),
    ("心智障碍服务", "Intellectual Disability Services", ["disability", "social-work"]),
    ("绿色环保", "Green Environment", ["environment", "volunteering"]),
    ("生态保护", "Ecological Protection", ["environment"]),
    ("垃圾分类", "Waste Sorting", ["environment", "community"]),
    ("慈善救助", "Charitable Relief", ["poverty-relief", "emergency"]),
    ("扶贫济困", "Poverty Relief", ["poverty-relief"]),
    ("社会工作", "Social Work", ["social-work", "community"]),
    ("心理健康", "Mental Health", ["health", "social-work"]),
    ("心理咨询", "Psychological Counselling", ["health"]),
    ("健康促进", "Health Promotion", ["health"]),
    ("法律援助", "Legal Aid", ["legal-aid"]),
    ("调解服务", "Mediation Services", ["legal-aid", "community"]),
    ("文化传承", "Cultural Heritage", ["culture-sport"]),
    ("非遗保护", "Intangible Heritage Protection", ["culture-sport"]),
    ("体育健身", "Sports and Fitness", ["culture-sport", "health"]),
    ("书画艺术", "Calligraphy and Painting", ["culture-sport"]),
    ("应急救援", "Emergency Rescue", ["emergency", "volunteering"]),
    ("防灾减灾", "Disaster Risk Reduction", ["emergency"]),
    ("科技普及", "Science Outreach", ["science", "education"]),
    ("创新创业", "Innovation and Entrepreneurship", ["science", "industry"]),
    ("乡村振兴", "Rural Revitalisation", ["poverty-relief", "industry"]),
    ("妇女发展", "Women's Development", ["social-work", "community"]),
    ("外来务工人员服务", "Migrant Worker Services", ["social-work", "legal-aid"]),
    ("退役军人服务", "Veterans' Services", ["social-work"]),
    ("禁毒宣传", "Drug Prevention", ["health", "volunteering"]),
    ("志愿服务", "Volunteer Services", ["volunteering"]),
    ("教育助学", "Education Support", ["education", "poverty-relief"]),
    ("公益创投", "Social Venture", ["industry", "social-work"]),
    ("婚姻家庭", "Marriage and Family", ["social-work"]),
    ("社区矫正", "Community Correction", ["social-work", "legal-aid"]),
]

# (form, English) per organization type.
FORMS = {
    OrgType.SOCIAL_SERVICE: [
        ("服务中心", "Service Centre"),
        ("社会工作服务中心", "Social Work Service Centre"),
        ("发展中心", "Development Centre"),
        ("服务社", "Service Agency"),
        ("服务站", "Service Station"),
        ("培训中心", "Training Centre"),
        ("研究中心", "Research Centre"),
        ("康复中心", "Rehabilitation Centre"),
    ],
    OrgType.SOCIAL_GROUP: [
        ("协会", "Association"),
        ("促进会", "Promotion Association"),
        ("联合会", "Federation"),
        ("研究会", "Research Society"),
        ("学会", "Society"),
        ("联谊会", "Fellowship Association"),
        ("志愿者协会", "Volunteers Association"),
    ],
    OrgType.FOUNDATION: [
        ("基金会", "Foundation"),
        ("公益基金会", "Charitable Foundation"),
        ("慈善基金会", "Philanthropic Foundation"),
        ("教育基金会", "Education Foundation"),
    ],
}

# Names organizations give themselves (乐龄, 启明星 …), placed between the place and the field.
BRANDS = [
    "乐龄", "启明星", "向日葵", "彩虹桥", "晨曦", "春晖", "同心", "善缘", "益家", "携手", "阳光", "暖心",
    "绿芽", "星光", "和美", "众和", "仁爱", "博爱", "厚德", "明德", "馨悦", "安康", "青禾", "知行",
    "木棉", "红棉", "榕荫", "荔枝湾", "海鸥", "白鹭", "凤凰", "展翅", "点灯", "守望", "筑梦", "微光",
    "汇爱", "善行", "乐助", "齐心", "康乐", "颐年", "悦心", "耕心", "有爱", "正心", "新芽", "朝阳",
]  # fmt: skip

# Street and town names are two of these characters and 街道 or 镇: invented, plenty of them.
TOWN_FIRST = "东西南北新石龙凤沙金桂荔榕梅竹松大横清白黄江河湖海山岭塘洲湾田岗坪平长高永兴福宝"
TOWN_SECOND = "山湖洲湾塘岗坑头田岭坪围口园村桥埔涌沙坝冈江城平安和兴华丰"
TOWN_KINDS = ["街道", "镇"]

SUPERVISORS = ["民政局", "教育局", "科学技术协会", "文化广电旅游体育局", "卫生健康局", "司法局", "人力资源和社会保障局"]

FAMILY_NAMES = [*"陈李黄张梁刘林何吴郑罗谢杨周许冯邓叶苏曾彭朱蔡钟潘卢赖钱蒋", "欧阳"]
GIVEN_FIRST = "志秀建丽国海文晓伟婉永嘉家俊淑桂少惠锦振子思雅明慧嘉泽宇颖"
GIVEN_SECOND = "明英华娟强燕杰红东婷康欣豪辉芬兰宁琳涛敏玲峰婷怡诚然浩"
ROADS = ["中山路", "人民路", "解放路", "建设路", "新华路", "文明路", "东风路", "滨江路", "环城路", "和平路", "育才路"]

GROUPS = [
    "长者", "独居老人", "高龄长者", "青少年", "留守儿童", "困境儿童", "残障人士", "外来务工人员", "社区居民",
    "妇女", "退役军人", "低保家庭", "新市民", "大学生", "失业人员", "慢性病患者", "流动儿童", "失独家庭",
]  # fmt: skip
SERVICES = [
    "助餐配餐", "居家探访", "心理疏导", "法律咨询", "课后托管", "就业培训", "康复训练", "应急救护培训",
    "环保宣传", "垃圾分类指导", "家庭教育指导", "亲子活动", "文化展演", "健康讲座", "防诈骗宣传", "政策咨询",
    "能力建设", "项目孵化", "社区议事", "助学帮扶", "技能提升", "邻里互助", "读书会", "义诊", "公益市集",
    "防灾减灾演练", "个案管理", "小组工作", "社区融合活动", "照护者支持",
]  # fmt: skip
RECORDS = [
    "近三年累计服务{n}人次",
    "承接政府购买服务项目{small}个",
    "与{small}个街道和社区建立合作关系",
    "拥有注册志愿者{n}名",
    "连续{small}年年度报告合格",
    "设有专职社会工作者{small}名",
    "运营社区服务站点{small}个",
]
AIMS = [
    "机构坚持专业化、规范化发展，注重服务成效评估与信息公开。",
    "机构以需求为导向，联动社区、学校和企业共同参与公益服务。",
    "机构重视志愿者培育，建立了较为完善的志愿服务管理制度。",
    "机构致力于探索可持续的服务模式，积极参与行业交流与培训。",
    "机构财务管理规范，每年按时公开年度工作报告和财务审计报告。",
]

FUNDERS = {
    FundingSource.GOVERNMENT_PURCHASE: ["{city}民政局", "{place}民政局", "{place}{town}办事处", "{city}残疾人联合会"],
    FundingSource.FISCAL_SUBSIDY: ["省民政厅", "{city}财政局", "{place}财政局"],
    FundingSource.DONATION: ["社会公众（网络募捐）", "爱心企业联合捐赠", "{city}慈善会", "校友公益联盟"],
    FundingSource.FOUNDATION_GRANT: ["省慈善助学基金会", "省环境保护公益基金会", "{city}社区发展基金会"],
    FundingSource.OTHER: ["服务收费收入", "会费收入", "培训收入", "利息收入"],
}
# Amount ranges in yuan per source (drawn evenly on a log scale).
AMOUNTS = {
    FundingSource.GOVERNMENT_PURCHASE: (50_000, 2_500_000),
    FundingSource.FISCAL_SUBSIDY: (10_000, 300_000),
    FundingSource.DONATION: (1_000, 600_000),
    FundingSource.FOUNDATION_GRANT: (20_000, 500_000),
    FundingSource.OTHER: (2_000, 200_000),
}
PROJECT_NOUNS = ["服务项目", "计划", "行动", "项目", "试点项目", "示范项目"]
VOLUNTEER_NOUNS = ["志愿行动", "志愿服务队", "志愿服务活动", "公益行"]
# (activity, service area slug): what a project or a grant pays for.
PROJECT_ACTIVITIES = [
    ("长者饭堂运营", "elderly-care"), ("居家养老上门服务", "elderly-care"), ("失能长者照护培训", "elderly-care"),
    ("长者防诈骗宣传", "elderly-care"), ("社区儿童之家", "children"), ("乡村留守儿童课后托管", "children"),
    ("暑期托管", "children"), ("青少年禁毒教育", "health"), ("社区心理服务站", "health"), ("社区义诊", "health"),
    ("困境家庭入户探访", "poverty-relief"), ("助学圆梦", "education"), ("家庭教育讲堂", "education"),
    ("乡村图书室", "education"), ("残障青年就业培训", "disability"), ("残障儿童康复支持", "disability"),
    ("河涌巡护", "environment"), ("垃圾分类督导", "environment"), ("社区应急救护培训", "emergency"),
    ("防汛防台演练", "emergency"), ("非遗进校园", "culture-sport"), ("社区运动会", "culture-sport"),
    ("外来务工人员法律咨询", "legal-aid"), ("社区矫正对象帮扶", "social-work"), ("社区议事厅", "community"),
    ("新市民融入", "community"), ("公益市集", "volunteering"), ("社区志愿服务站", "volunteering"),
    ("科普进社区", "science"), ("社会组织能力建设", "industry"),
]  # fmt: skip
VOLUNTEER_PLACES = ["社区服务中心", "长者饭堂", "社区图书室", "党群服务中心", "街道综合服务中心", "公园入口", "村委会"]
REQUIREMENTS = [
    "年满18周岁，身体健康，有耐心，能准时参加。",
    "有相关专业背景者优先，需参加一次岗前培训。",
    "能使用粤语或普通话与长者交流。",
    "未成年人须由家长陪同报名并参加。",
    "熟悉电脑操作，能协助整理活动记录。",
]
OUTCOME_FIGURES = [
    ("服务人次", "人次"),
    ("开展活动", "场"),
    ("受益家庭", "户"),
    ("培训志愿者", "人"),
    ("服务时长", "小时"),
]

NEEDS = [
    ("长者助餐", "elderly-care", "独居和高龄长者"),
    ("助浴服务", "elderly-care", "失能长者"),
    ("课后托管", "children", "双职工家庭的小学生"),
    ("学业辅导", "education", "困境家庭儿童"),
    ("康复训练", "disability", "残障儿童"),
    ("心理疏导", "health", "社区居民"),
    ("法律咨询", "legal-aid", "外来务工人员"),
    ("河道清洁", "environment", "沿河居民"),
    ("应急演练", "emergency", "社区居民"),
    ("就业培训", "industry", "失业人员"),
    ("文体活动", "culture-sport", "社区长者"),
    ("志愿者招募", "volunteering", "社区"),
]
EXPERTISE = [
    ("老年社会工作", "elderly-care", "中级社会工作师"),
    ("青少年社会工作", "children", "社会工作师"),
    ("心理咨询", "health", "心理咨询师（二级）"),
    ("法律服务", "legal-aid", "执业律师"),
    ("康复治疗", "disability", "康复治疗师"),
    ("财务审计", "industry", "注册会计师"),
    ("项目管理", "social-work", "项目管理专业人士"),
    ("应急救护", "emergency", "红十字救护员"),
    ("环境教育", "environment", "自然教育导师"),
    ("书法教学", "culture-sport", "书法家协会会员"),
    ("家庭教育", "education", "家庭教育指导师"),
    ("社区营造", "community", "社区规划师"),
]
AVAILABILITY = ["周末", "工作日晚上", "每月一至两次", "寒暑假", "可远程提供咨询", "节假日"]
