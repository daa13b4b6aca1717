"""Demo content for the Provincial Social Organization Service Center site.

Plain data only: site identity settings, home page content and the page tree
under the home page. Every Chinese text has an English counterpart (``_en``).
All names, addresses, phone numbers, account and filing numbers are fictional.

Body blocks are tuples of one of these kinds:
    ("h2", str), ("p", str), ("list", [str, ...]), ("callout", str),
    ("table", [[header, ...], [cell, ...], ...])  # first row is the header
``body_en`` mirrors ``body`` block for block. A section may name its page type
(``"type": "app_label.ModelName"``; default ``home.StandardPage``); a type without
a body keeps only the title and intro; ``"fields"`` sets that type's own fields.
"""

SITE_SETTINGS = {
    "site_name": "省社会组织服务中心",
    "site_name_en": "Provincial Social Organization Service Center",
    "sponsor": "省民政厅",
    "sponsor_en": "Provincial Department of Civil Affairs",
    "organizer": "省社会组织服务中心",
    "organizer_en": "Provincial Social Organization Service Center",
    "address": "广州市天河区善和路128号公益服务大厦",
    "address_en": "Public Service Building, 128 Shanhe Road, Tianhe District, Guangzhou",
    "postcode": "510630",
    "phone": "020-8600 1200",
    "email": "service@shzzfw.example.org",
    "office_hours": "周一至周五 上午9:00-12:00 下午14:00-17:30（法定节假日除外）",
    "office_hours_en": "Monday to Friday, 9:00-12:00 and 14:00-17:30 (closed on public holidays)",
    "site_code": "4400000099",
    "icp_number": "粤ICP备20260000号-1",
    "police_number": "粤公网安备 44010602000000号",
}

HOME = {
    "title": "首页",
    "title_en": "Home",
    "hero_title": "服务社会组织 凝聚公益力量",
    "hero_title_en": "Supporting social organizations, bringing people together for the public good",
    "hero_text": "为全省社会组织提供登记咨询、孵化培育、能力建设和项目对接等一站式服务，助力社会组织规范发展、服务民生。",
    "hero_text_en": (
        "We offer social organizations across the province one-stop support, from registration "
        "advice and incubation to capacity building and project matching, helping them develop "
        "soundly and serve the public."
    ),
    "quick_links_title": "热门办事",
    "quick_links_title_en": "Popular services",
    "quick_links": [
        {"label": "办事指南", "label_en": "Service guides", "slug": "guides"},
        {"label": "孵化入驻申请", "label_en": "Apply for incubation", "slug": "incubation"},
        {"label": "社会组织查询", "label_en": "Find an organization", "slug": "organizations"},
        {"label": "政府购买服务项目", "label_en": "Government-funded projects", "slug": "government-projects"},
        {"label": "家庭关系调解", "label_en": "Family mediation", "slug": "mediation"},
        {"label": "爱心捐赠", "label_en": "Make a donation", "slug": "donate"},
    ],
}

SECTIONS = [
    # ------------------------------------------------------------------ news
    {
        "slug": "news",
        "type": "notices.ArticleIndexPage",
        "title": "服务动态",
        "title_en": "News",
        "intro": "及时发布中心工作动态、活动资讯以及全省社会组织服务相关新闻。",
        "intro_en": "The latest news on the Center's work and events, and on social organization services across the province.",
        "body": [
            (
                "p",
                "本栏目发布中心开展的培训交流、孵化培育、项目对接、志愿服务等工作动态，以及各地社会组织服务平台的经验做法。",
            ),
            ("p", "欢迎各社会组织向中心报送活动信息。来稿请注明单位名称、联系人及联系电话，经审核后择优刊发。"),
        ],
        "body_en": [
            (
                "p",
                "This section reports on the Center's training and exchange activities, incubation, project matching and volunteer services, as well as good practice from social organization service platforms around the province.",
            ),
            (
                "p",
                "Social organizations are welcome to send us news of their activities. Please include your organization's name, a contact person and a phone number. Submissions are reviewed and selected for publication.",
            ),
        ],
        "children": [
            {
                "slug": "media",
                "type": "notices.ArticleIndexPage",
                "title": "媒体报道",
                "title_en": "In the Media",
                "intro": "新闻媒体对中心工作和全省社会组织发展的报道。",
                "intro_en": "Press coverage of the Center's work and of the development of social organizations across the province.",
            },
            {
                "slug": "center-news",
                "type": "notices.ArticleIndexPage",
                "title": "中心动态",
                "title_en": "Center News",
                "intro": "中心开展培训交流、孵化培育、项目对接和志愿服务等工作的最新进展。",
                "intro_en": "The latest on the Center's training, incubation, project matching and volunteer services.",
            },
            {
                "slug": "county-news",
                "type": "notices.ArticleIndexPage",
                "title": "县区动态",
                "title_en": "News from the Districts",
                "intro": "各市、县（区）社会组织服务平台报送的工作动态，由各地编辑人员负责发布。",
                "intro_en": "News from the social organization service platforms of cities, counties and districts, published by their own editors.",
                "children": [
                    {
                        "slug": "yuexiu-news",
                        "type": "notices.ArticleIndexPage",
                        "title": "越秀区动态",
                        "title_en": "Yuexiu District",
                        "intro": "广州市越秀区社会组织服务平台的工作动态。",
                        "intro_en": "News from the social organization service platform of Yuexiu District, Guangzhou.",
                    },
                    {
                        "slug": "nanhai-news",
                        "type": "notices.ArticleIndexPage",
                        "title": "南海区动态",
                        "title_en": "Nanhai District",
                        "intro": "佛山市南海区社会组织服务平台的工作动态。",
                        "intro_en": "News from the social organization service platform of Nanhai District, Foshan.",
                    },
                ],
            },
            {
                "slug": "exchange",
                "type": "notices.ArticleIndexPage",
                "title": "经验交流",
                "title_en": "Sharing Experience",
                "intro": "各地社会组织和服务平台交流工作方法、分享实践心得。",
                "intro_en": "Social organizations and service platforms compare working methods and share what they have learned.",
            },
        ],
    },
    # ------------------------------------------------------------ experience
    {
        "slug": "experience",
        "type": "notices.ArticleIndexPage",
        "title": "经验集萃",
        "title_en": "Good Practice",
        "intro": "精选全省社会组织参与社会治理、服务民生的典型案例和经验做法。",
        "intro_en": "Selected cases and good practice from social organizations across the province that take part in local governance and serve the public.",
        "children": [],
    },
    # --------------------------------------------------------------- notices
    {
        "slug": "notices",
        "type": "notices.NoticeIndexPage",
        "title": "服务公告",
        "title_en": "Notices",
        "intro": "发布中心各类通知公告、项目申报通知及评审结果公示。",
        "intro_en": "Official notices from the Center, including calls for project applications and public announcements of review results.",
        "body": [
            ("p", "公示类公告在公示期内接受社会监督。对公示内容有异议的，可在公示期内通过公告所列方式向中心实名反映。"),
            ("p", "各类通知以本网站发布的公告为准。中心不会通过私人社交账号发布申报通知，申报过程中不收取任何费用。"),
        ],
        "body_en": [
            (
                "p",
                "Public announcements are open to public scrutiny during the announcement period. Anyone who objects to the content may raise the matter with the Center under their real name, using the contact details given in the notice, before the period ends.",
            ),
            (
                "p",
                "Only notices published on this website are authoritative. The Center never issues calls for applications through personal social media accounts and charges no fees for any application.",
            ),
        ],
        "children": [],
    },
    # -------------------------------------------------------------- policies
    {
        "slug": "policies",
        "type": "notices.PolicyIndexPage",
        "title": "政策法规",
        "title_en": "Policies & Regulations",
        "intro": "汇集社会组织登记管理、慈善事业、志愿服务等方面的法律法规和政策文件，便于查阅。",
        "intro_en": "Laws, regulations and policy documents on the registration and management of social organizations, charity and volunteering, collected for easy reference.",
        "body": [
            (
                "p",
                "本栏目按法律法规、部门规章、规范性文件和地方政策分类整理，并提供部分政策解读，帮助社会组织准确理解和执行有关规定。",
            ),
            ("p", "所收录文本仅供参考，具体内容以发布机关公布的正式文本为准。"),
        ],
        "body_en": [
            (
                "p",
                "Documents are grouped into laws and regulations, departmental rules, normative documents and local policies. Selected policy explanations are also provided to help social organizations understand and apply the rules correctly.",
            ),
            (
                "p",
                "The texts here are for reference only. The official versions published by the issuing authorities prevail.",
            ),
        ],
        "children": [],
    },
    # ---------------------------------------------------------------- guides
    {
        "slug": "guides",
        "type": "guides.GuideIndexPage",
        "title": "办事指南",
        "title_en": "Service Guides",
        "intro": "提供社会组织成立、变更、注销登记及年度报告等事项的办理指引。",
        "intro_en": "Step-by-step guidance on establishing, amending and deregistering a social organization, annual reports and related matters.",
        "body": [
            ("p", "各项办事指南列明办理依据、申请条件、所需材料、办理流程和办理时限，申请人可据此提前准备材料。"),
            ("p", "如对办理事项有疑问，可在工作时间拨打中心咨询电话，或到中心一楼服务大厅现场咨询。"),
        ],
        "body_en": [
            (
                "p",
                "Each guide sets out the legal basis, eligibility requirements, required documents, procedure and processing time, so applicants can prepare their materials in advance.",
            ),
            (
                "p",
                "If you have questions, call the Center's enquiry line during office hours or visit the service hall on the ground floor of the Center.",
            ),
        ],
        "children": [],
    },
    # -------------------------------------------------------------- projects
    {
        "slug": "projects",
        "title": "项目平台",
        "title_en": "Project Platform",
        "intro": "集中发布政府购买服务、公益创投、志愿服务等项目信息，为社会组织参与项目提供对接渠道。",
        "intro_en": "A single place for information on government-funded services, social venture philanthropy and volunteer projects, helping social organizations take part.",
        "body": [
            (
                "p",
                "项目平台按政府项目、公益项目、志愿者项目和项目协同四类发布信息，社会组织可查看申报要求、立项结果和项目执行情况。",
            ),
            ("p", "项目申报通知一般在服务公告栏目发布，请申报单位留意申报时间，按要求提交材料。"),
        ],
        "body_en": [
            (
                "p",
                "Information is published in four categories: government projects, charity projects, volunteer projects and project collaboration. Social organizations can check application requirements, approved projects and project progress.",
            ),
            (
                "p",
                "Calls for applications are normally published under Notices. Applicants should watch the deadlines and submit materials as required.",
            ),
        ],
        "children": [
            {
                "slug": "government-projects",
                "type": "orgdirectory.ProjectIndexPage",
                "fields": {"kind": "government"},
                "title": "政府项目",
                "title_en": "Government Projects",
                "intro": "发布政府购买社会组织服务项目的申报通知、立项公示和结项信息。",
                "intro_en": "Calls for applications, approval announcements and completion reports for services that government purchases from social organizations.",
                "body": [
                    ("p", "政府购买服务项目主要涉及社区服务、养老助残、青少年成长、社会工作等领域。"),
                    ("p", "中心协助有关部门做好项目申报受理、评审组织和过程监管，项目信息依法依规公开。"),
                ],
                "body_en": [
                    (
                        "p",
                        "Government-purchased services mainly cover community services, support for older people and people with disabilities, youth development and social work.",
                    ),
                    (
                        "p",
                        "The Center helps the relevant departments receive applications, organize reviews and monitor implementation. Project information is made public in accordance with laws and regulations.",
                    ),
                ],
                "children": [],
            },
            {
                "slug": "charity-projects",
                "type": "orgdirectory.ProjectIndexPage",
                "fields": {"kind": "charity"},
                "title": "公益项目",
                "title_en": "Charity Projects",
                "intro": "展示由社会组织发起实施的公益项目，推动优秀项目交流推广。",
                "intro_en": "Charity projects initiated and run by social organizations, showcased so that good projects can be shared and replicated.",
                "body": [
                    ("p", "本栏目收录公益创投、慈善项目等信息，介绍项目背景、服务对象、实施进展和成效。"),
                    ("p", "社会组织可申请在本平台展示公益项目，经中心审核后发布。"),
                ],
                "body_en": [
                    (
                        "p",
                        "This section lists social venture and charity projects, describing their background, beneficiaries, progress and results.",
                    ),
                    (
                        "p",
                        "Social organizations may apply to feature their projects here. Entries are published after review by the Center.",
                    ),
                ],
                "children": [],
            },
            {
                "slug": "volunteer-projects",
                "type": "orgdirectory.ProjectIndexPage",
                "fields": {"kind": "volunteer"},
                "title": "志愿者项目",
                "title_en": "Volunteer Projects",
                "intro": "发布志愿服务项目和招募信息，方便志愿者就近参与。",
                "intro_en": "Volunteer projects and recruitment information, making it easy to volunteer close to home.",
                "body": [
                    (
                        "p",
                        "志愿服务项目涵盖社区关爱、环境保护、文化宣传、应急服务等内容，每个项目均注明服务时间、地点和招募条件。",
                    ),
                    ("p", "志愿者报名后由项目发起单位联系确认。参与志愿服务不收取任何费用。"),
                ],
                "body_en": [
                    (
                        "p",
                        "Projects cover community care, environmental protection, cultural outreach, emergency services and more. Each listing gives the time, place and requirements for volunteers.",
                    ),
                    (
                        "p",
                        "After you sign up, the organizing body will contact you to confirm. Volunteering is always free of charge.",
                    ),
                ],
                "children": [],
            },
            {
                "slug": "collaboration",
                "type": "orgdirectory.NeedIndexPage",
                "title": "项目协同",
                "title_en": "Project Collaboration",
                "intro": "为社会组织、企业、基金会和社区搭建项目合作对接渠道。",
                "intro_en": "A channel for social organizations, businesses, foundations and communities to find partners for projects.",
                "body": [
                    ("p", "项目协同栏目发布合作意向和资源对接信息，支持多方共同设计、联合实施公益项目。"),
                    ("p", "有合作需求的单位可向中心提交合作意向，中心将协助开展需求匹配和对接洽谈。"),
                ],
                "body_en": [
                    (
                        "p",
                        "This section publishes partnership proposals and resource offers, supporting joint design and delivery of public-benefit projects.",
                    ),
                    (
                        "p",
                        "Organizations seeking partners may submit a proposal to the Center, which will help match needs and arrange discussions.",
                    ),
                ],
                "children": [],
            },
        ],
    },
    # -------------------------------------------------------------- database
    {
        "slug": "database",
        "title": "数据库",
        "title_en": "Databases",
        "intro": "汇集全省社会组织、公益人才和服务需求信息，为供需对接提供数据支撑。",
        "intro_en": "Information on social organizations, public-benefit professionals and service needs across the province, supporting the matching of supply and demand.",
        "body": [
            ("p", "数据库包括组织库、人才库和需求库三部分，信息来源于登记管理数据、社会组织自主填报和中心调研采集。"),
            ("p", "涉及个人信息的内容均经本人同意后公开，中心依法做好数据安全和个人信息保护工作。"),
        ],
        "body_en": [
            (
                "p",
                "There are three databases: organizations, talent and needs. The data come from registration records, information submitted by social organizations and the Center's own surveys.",
            ),
            (
                "p",
                "Personal information is published only with the consent of the person concerned, and the Center protects data security and personal information in accordance with the law.",
            ),
        ],
        "children": [
            {
                "slug": "organizations",
                "type": "orgdirectory.OrganizationIndexPage",
                "title": "组织库",
                "title_en": "Organization Directory",
                "intro": "提供社会组织基本信息查询，包括名称、类型、业务范围和联系方式。",
                "intro_en": "Look up basic information on social organizations, including name, type, scope of activities and contact details.",
                "body": [
                    (
                        "p",
                        "组织库收录在中心接受登记咨询服务或参与孵化培育的社会组织信息，可按名称、类型、服务领域和所在地区检索。",
                    ),
                    ("p", "社会组织信息发生变化的，请及时通知中心更新。"),
                ],
                "body_en": [
                    (
                        "p",
                        "The directory covers social organizations that have used the Center's registration advice services or taken part in its incubation programme. You can search by name, type, field of service and location.",
                    ),
                    (
                        "p",
                        "If your organization's details change, please let the Center know so the entry can be updated.",
                    ),
                ],
                "children": [],
            },
            {
                "slug": "talent",
                "type": "orgdirectory.TalentIndexPage",
                "title": "人才库",
                "title_en": "Talent Pool",
                "intro": "汇集社会工作者、公益项目管理人才和专业志愿者等人才信息。",
                "intro_en": "Profiles of social workers, public-benefit project managers, skilled volunteers and other professionals.",
                "body": [
                    ("p", "人才库为社会组织招募专业人才、开展项目合作提供参考。入库人员须本人自愿申请，并经中心审核。"),
                    ("p", "入库人员可随时申请修改或撤回个人信息。"),
                ],
                "body_en": [
                    (
                        "p",
                        "The talent pool helps social organizations recruit professionals and find project partners. Inclusion is voluntary, by personal application, and subject to review by the Center.",
                    ),
                    ("p", "People listed may ask to update or withdraw their information at any time."),
                ],
                "children": [],
            },
            {
                "slug": "needs",
                "type": "orgdirectory.NeedIndexPage",
                "title": "需求库",
                "title_en": "Needs Directory",
                "intro": "收集社区、群众和社会组织的服务需求与资源需求，促进供需精准对接。",
                "intro_en": "Service and resource needs from communities, residents and social organizations, collected so they can be matched precisely with providers.",
                "body": [
                    ("p", "需求库发布经核实的服务需求，社会组织可根据自身专长认领需求，并与需求方联系。"),
                    ("p", "需求方可通过中心服务热线或到服务大厅现场登记提交需求。"),
                ],
                "body_en": [
                    (
                        "p",
                        "Verified service needs are published here. Social organizations can take on needs that match their expertise and contact the people who raised them.",
                    ),
                    ("p", "To register a need, call the Center's service hotline or visit the service hall in person."),
                ],
                "children": [],
            },
        ],
    },
    # ---------------------------------------------------------------- center
    {
        "slug": "center",
        "title": "中心建设",
        "title_en": "About the Center",
        "intro": "介绍中心的服务宗旨、服务领域、内设机构和职能职责。",
        "intro_en": "The Center's mission, service areas, departments and functions.",
        "body": [
            (
                "p",
                "省社会组织服务中心是省民政厅设立的公益性服务机构，为全省社会组织提供登记咨询、孵化培育、能力建设、项目对接和信息服务。",
            ),
            ("p", "中心坚持公益属性，以规范、便捷、高效的服务支持社会组织健康有序发展。"),
        ],
        "body_en": [
            (
                "p",
                "The Provincial Social Organization Service Center is a public service institution established by the Provincial Department of Civil Affairs. It provides social organizations across the province with registration advice, incubation, capacity building, project matching and information services.",
            ),
            (
                "p",
                "The Center is non-profit by nature and supports the healthy, orderly development of social organizations through standardized, convenient and efficient services.",
            ),
        ],
        "children": [
            {
                "slug": "mission",
                "title": "服务宗旨",
                "title_en": "Our Mission",
                "intro": "中心以服务社会组织、服务社会治理、服务人民群众为宗旨。",
                "intro_en": "The Center exists to serve social organizations, support social governance and serve the public.",
                "body": [
                    ("h2", "宗旨"),
                    (
                        "p",
                        "省社会组织服务中心坚持公益属性，以“服务社会组织、服务社会治理、服务人民群众”为宗旨，搭建政府、社会组织与群众之间的沟通桥梁，引导社会组织在基层治理、民生服务和公益慈善中发挥积极作用。",
                    ),
                    ("h2", "服务理念"),
                    (
                        "list",
                        [
                            "公益为本：基础服务免费提供，不以营利为目的。",
                            "依法规范：严格按照法律法规和政策要求开展服务。",
                            "便民高效：简化流程、公开标准，让办事更省心。",
                            "开放协同：联动政府部门、企业、基金会和社区，共享服务资源。",
                        ],
                    ),
                    ("h2", "工作目标"),
                    (
                        "p",
                        "到2028年，中心力争建成覆盖全省的社会组织综合服务平台，累计孵化培育社会组织300家以上，每年开展能力建设培训不少于50场，推动社会组织规范化水平持续提升。",
                    ),
                    ("callout", "中心提供的政策咨询、培训、孵化等基础服务均为免费服务，不向服务对象收取任何费用。"),
                ],
                "body_en": [
                    ("h2", "Mission"),
                    (
                        "p",
                        "The Provincial Social Organization Service Center is a non-profit public institution whose mission is to serve social organizations, support social governance and serve the public. It acts as a bridge between government, social organizations and residents, and encourages social organizations to play an active role in community governance, public services and charity.",
                    ),
                    ("h2", "Our principles"),
                    (
                        "list",
                        [
                            "Public benefit first: basic services are free and not run for profit.",
                            "Lawful and standardized: all services follow laws, regulations and policy requirements.",
                            "Convenient and efficient: simple procedures and published standards make getting things done easier.",
                            "Open and collaborative: we work with government departments, businesses, foundations and communities to share resources.",
                        ],
                    ),
                    ("h2", "Goals"),
                    (
                        "p",
                        "By 2028 the Center aims to have built a comprehensive service platform for social organizations covering the whole province, to have incubated more than 300 social organizations in total, and to run at least 50 capacity-building training sessions a year, steadily raising standards across the sector.",
                    ),
                    (
                        "callout",
                        "Basic services such as policy advice, training and incubation are free of charge. The Center does not charge the people it serves any fees.",
                    ),
                ],
                "children": [],
            },
            {
                "slug": "service-areas",
                "title": "服务领域",
                "title_en": "Service Areas",
                "intro": "中心围绕社会组织发展的各个阶段，提供登记咨询、孵化培育、能力建设、项目对接、信息服务和家庭服务六类服务。",
                "intro_en": "The Center supports social organizations at every stage of their development through six types of service: registration advice, incubation, capacity building, project matching, information services and family services.",
                "body": [
                    ("h2", "主要服务领域"),
                    (
                        "table",
                        [
                            ["服务领域", "主要内容"],
                            ["登记咨询", "成立、变更、注销登记政策咨询，申请材料预审指导"],
                            ["孵化培育", "为初创期社会组织提供场地、培训和陪伴式辅导"],
                            ["能力建设", "开展专题培训、交流沙龙和一对一专家辅导"],
                            ["项目对接", "协助参与政府购买服务、公益创投和社会资源对接"],
                            ["信息服务", "建设维护组织库、人才库、需求库和服务地图"],
                            ["家庭服务", "开展家风建设宣传和家庭关系调解服务"],
                        ],
                    ),
                    ("h2", "服务对象"),
                    (
                        "list",
                        [
                            "已登记或正在筹备登记的社会团体、社会服务机构和基金会",
                            "社区社会组织、志愿服务组织及其负责人",
                            "有意参与公益慈善事业的企业、单位和个人",
                            "有家庭服务需求的群众",
                        ],
                    ),
                    (
                        "p",
                        "中心根据社会组织所处的发展阶段提供分类指导：初创组织侧重规范建设和基础能力提升，成熟组织侧重品牌项目打造和行业示范引领。",
                    ),
                    (
                        "callout",
                        "如需预约服务，请在工作时间致电中心服务热线020-8600 1200，或到中心一楼服务大厅现场登记。",
                    ),
                ],
                "body_en": [
                    ("h2", "Main service areas"),
                    (
                        "table",
                        [
                            ["Service area", "What we offer"],
                            [
                                "Registration advice",
                                "Policy advice on establishing, amending and deregistering organizations; pre-checking of application documents",
                            ],
                            [
                                "Incubation",
                                "Workspace, training and ongoing mentoring for start-up social organizations",
                            ],
                            ["Capacity building", "Thematic training, exchange salons and one-to-one expert coaching"],
                            [
                                "Project matching",
                                "Help with government-purchased services, social venture philanthropy and access to resources",
                            ],
                            [
                                "Information services",
                                "Building and maintaining the organization, talent and needs databases and the service map",
                            ],
                            ["Family services", "Promoting good family values and providing family mediation"],
                        ],
                    ),
                    ("h2", "Who we serve"),
                    (
                        "list",
                        [
                            "Social associations, social service agencies and foundations that are registered or preparing to register",
                            "Community-based social organizations, volunteer organizations and their leaders",
                            "Businesses, institutions and individuals who wish to take part in charity and public-benefit work",
                            "Residents who need family services",
                        ],
                    ),
                    (
                        "p",
                        "Guidance is tailored to each organization's stage of development: for start-ups we focus on sound governance and basic skills, and for established organizations on building flagship projects and setting an example for the sector.",
                    ),
                    (
                        "callout",
                        "To book a service, call the Center's service hotline on 020-8600 1200 during office hours, or register in person at the service hall on the ground floor.",
                    ),
                ],
                "children": [],
            },
            {
                "slug": "departments",
                "title": "内设机构",
                "title_en": "Departments",
                "intro": "中心设综合部、登记服务部、孵化培育部和信息数据部四个内设机构。",
                "intro_en": "The Center has four departments: General Affairs, Registration Services, Incubation and Development, and Information and Data.",
                "body": [
                    ("h2", "机构设置"),
                    ("p", "根据工作需要，中心设四个内设机构，各部门分工负责、协同配合，共同做好社会组织服务工作。"),
                    (
                        "table",
                        [
                            ["部门", "主要职责", "联系电话"],
                            [
                                "综合部",
                                "负责文秘、人事、财务、资产管理和后勤保障；承担信息公开、宣传和对外联络工作；受理捐赠事务",
                                "020-8600 1201",
                            ],
                            [
                                "登记服务部",
                                "负责社会组织登记政策咨询和申请材料预审指导；协助开展年度报告、等级评估相关服务",
                                "020-8600 1202",
                            ],
                            [
                                "孵化培育部",
                                "负责孵化中心运营管理；组织能力建设培训、项目对接和公益创投服务；管理展示大厅展陈",
                                "020-8600 1203",
                            ],
                            [
                                "信息数据部",
                                "负责网站和信息系统建设运维；管理组织库、人才库、需求库和服务地图数据",
                                "020-8600 1204",
                            ],
                        ],
                    ),
                    ("h2", "来访须知"),
                    (
                        "p",
                        "各部门工作时间为周一至周五上午9:00-12:00、下午14:00-17:30，法定节假日除外。来访前请先电话预约，以便安排专人接待。",
                    ),
                    ("callout", "投诉和意见建议可致电综合部，或发送电子邮件至中心公共邮箱，中心将在5个工作日内答复。"),
                ],
                "body_en": [
                    ("h2", "Organizational structure"),
                    (
                        "p",
                        "The Center has four departments. Each has its own responsibilities, and they work together to serve social organizations.",
                    ),
                    (
                        "table",
                        [
                            ["Department", "Main responsibilities", "Phone"],
                            [
                                "General Affairs",
                                "Secretarial work, human resources, finance, asset management and logistics; information disclosure, publicity and external liaison; handling donations",
                                "020-8600 1201",
                            ],
                            [
                                "Registration Services",
                                "Policy advice on registering social organizations and pre-checking of application documents; support for annual reports and rating assessments",
                                "020-8600 1202",
                            ],
                            [
                                "Incubation and Development",
                                "Running the Incubation Center; organizing capacity-building training, project matching and social venture philanthropy; managing the Exhibition Hall",
                                "020-8600 1203",
                            ],
                            [
                                "Information and Data",
                                "Developing and maintaining the website and information systems; managing data for the organization, talent and needs databases and the service map",
                                "020-8600 1204",
                            ],
                        ],
                    ),
                    ("h2", "Visiting us"),
                    (
                        "p",
                        "All departments are open Monday to Friday, 9:00-12:00 and 14:00-17:30, except on public holidays. Please phone ahead to book a visit so that a member of staff can be available to meet you.",
                    ),
                    (
                        "callout",
                        "For complaints and suggestions, call the General Affairs Department or email the Center's public mailbox. We will reply within 5 working days.",
                    ),
                ],
                "children": [],
            },
            {
                "slug": "functions",
                "title": "职能职责",
                "title_en": "Functions & Responsibilities",
                "intro": "中心主要承担社会组织服务、孵化培育、能力建设、信息数据和家庭服务等职能。",
                "intro_en": "The Center's main functions are services for social organizations, incubation, capacity building, information and data, and family services.",
                "body": [
                    ("h2", "主要职责"),
                    ("p", "根据核定的职责，中心主要承担以下工作："),
                    (
                        "list",
                        [
                            "为社会组织提供登记管理政策咨询、申请材料预审和业务指导服务。",
                            "承担社会组织孵化中心的运营管理，培育扶持初创期社会组织。",
                            "组织开展社会组织负责人、财务人员和项目人员能力建设培训。",
                            "协助开展政府购买社会组织服务、公益创投等项目的申报受理、评审和过程管理。",
                            "建设维护社会组织信息服务平台，管理组织库、人才库和需求库。",
                            "协助开展社会组织年度报告、等级评估和信息公开相关服务。",
                            "开展家风建设宣传和家庭关系调解等家庭服务。",
                            "完成省民政厅交办的其他任务。",
                        ],
                    ),
                    (
                        "callout",
                        "中心为公益性服务机构，不承担行政审批职能。社会组织登记申请请按办事指南向登记管理机关提交。",
                    ),
                ],
                "body_en": [
                    ("h2", "Main responsibilities"),
                    ("p", "In line with its approved remit, the Center is mainly responsible for the following:"),
                    (
                        "list",
                        [
                            "Providing social organizations with policy advice on registration and management, pre-checking of application documents and operational guidance.",
                            "Running the Incubation Center for social organizations and nurturing start-up organizations.",
                            "Organizing capacity-building training for leaders, finance staff and project staff of social organizations.",
                            "Helping to receive applications for, review and monitor government-purchased services, social venture philanthropy and similar projects.",
                            "Building and maintaining the information service platform for social organizations, and managing the organization, talent and needs databases.",
                            "Supporting annual reporting, rating assessments and information disclosure by social organizations.",
                            "Providing family services such as promoting good family values and family mediation.",
                            "Carrying out other tasks assigned by the Provincial Department of Civil Affairs.",
                        ],
                    ),
                    (
                        "callout",
                        "The Center is a public service institution and has no administrative approval powers. Registration applications should be submitted to the registration authority as described in the Service Guides.",
                    ),
                ],
                "children": [],
            },
        ],
    },
    # ---------------------------------------------------------- org-building
    {
        "slug": "org-building",
        "title": "组织建设",
        "title_en": "Organization Development",
        "intro": "通过孵化培育和展示交流，推动社会组织规范化、专业化发展。",
        "intro_en": "Incubation, exhibitions and exchanges that help social organizations become well run and professional.",
        "body": [
            (
                "p",
                "组织建设板块包括孵化中心和展示大厅，为初创期社会组织提供入驻孵化服务，并集中展示全省社会组织的发展成果和优秀项目。",
            ),
            ("p", "中心每年定期发布孵化入驻申请通知，请关注服务公告栏目。"),
        ],
        "body_en": [
            (
                "p",
                "This section covers the Incubation Center, which hosts and supports start-up social organizations, and the Exhibition Hall, which presents the achievements and outstanding projects of social organizations across the province.",
            ),
            (
                "p",
                "The Center publishes a call for incubation applications every year. Please watch the Notices section.",
            ),
        ],
        "children": [
            {
                "slug": "incubation",
                "title": "孵化中心",
                "title_en": "Incubation Center",
                "intro": "孵化中心为初创期社会组织提供场地、培训、财务托管和能力建设等一站式支持，孵化期一般为12个月。",
                "intro_en": "The Incubation Center gives start-up social organizations one-stop support, including workspace, training, managed bookkeeping and capacity building. Incubation normally lasts 12 months.",
                "body": [
                    ("h2", "申请对象"),
                    (
                        "list",
                        [
                            "依法登记成立不满3年的社会团体或社会服务机构",
                            "正在筹备登记、具有明确公益服务方向的发起团队",
                            "服务领域为社区服务、养老助残、青少年成长、公益慈善、志愿服务等",
                        ],
                    ),
                    ("h2", "孵化服务内容"),
                    (
                        "table",
                        [
                            ["服务项目", "具体内容"],
                            ["场地支持", "免费提供办公工位、会议室和活动场地，配备网络、打印等基础设施"],
                            ["培训辅导", "开展组织治理、项目设计、志愿者管理等系列培训，安排导师一对一辅导"],
                            ["财务托管", "提供代理记账、财务制度建设和票据管理指导，帮助规范财务管理"],
                            ["能力建设", "协助制定发展规划，对接项目资金、专家和志愿者资源"],
                        ],
                    ),
                    ("h2", "申请流程"),
                    (
                        "list",
                        [
                            "关注服务公告，在申请期内下载并填写入驻申请表",
                            "向孵化培育部提交申请表、登记证书或筹备材料、年度工作计划",
                            "中心组织材料审核和现场答辩，择优确定入驻名单并公示",
                            "签订孵化协议后入驻，孵化期满进行出壳评估",
                        ],
                    ),
                    ("callout", "入驻期间场地和基础服务免费。申请咨询电话：020-8600 1203（孵化培育部）。"),
                ],
                "body_en": [
                    ("h2", "Who can apply"),
                    (
                        "list",
                        [
                            "Social associations or social service agencies registered for less than 3 years",
                            "Founding teams preparing to register, with a clear public-benefit focus",
                            "Organizations working in community services, support for older people and people with disabilities, youth development, charity, volunteering and similar fields",
                        ],
                    ),
                    ("h2", "What the incubator offers"),
                    (
                        "table",
                        [
                            ["Service", "Details"],
                            [
                                "Workspace",
                                "Free desks, meeting rooms and event space, with internet, printing and other basic facilities",
                            ],
                            [
                                "Training and mentoring",
                                "Training series on governance, project design, volunteer management and more, plus one-to-one mentoring",
                            ],
                            [
                                "Managed bookkeeping",
                                "Bookkeeping on your behalf, help with setting up financial rules and guidance on receipts and invoices, so your finances are properly managed",
                            ],
                            [
                                "Capacity building",
                                "Help with development planning and introductions to project funding, experts and volunteers",
                            ],
                        ],
                    ),
                    ("h2", "How to apply"),
                    (
                        "list",
                        [
                            "Watch the Notices section, then download and complete the application form during the application period",
                            "Submit the form, your registration certificate or preparatory documents, and an annual work plan to the Incubation and Development Department",
                            "The Center reviews the documents and holds interviews, selects the best applicants and publishes the list",
                            "Sign the incubation agreement and move in; at the end of the incubation period there is a graduation assessment",
                        ],
                    ),
                    (
                        "callout",
                        "Workspace and basic services are free during incubation. Enquiries: 020-8600 1203 (Incubation and Development Department).",
                    ),
                ],
                "children": [],
            },
            {
                "slug": "showcase",
                "title": "展示大厅",
                "title_en": "Exhibition Hall",
                "intro": "展示大厅集中展示全省社会组织的发展历程、优秀项目和先进经验，面向公众免费开放。",
                "intro_en": "The Exhibition Hall presents the history, outstanding projects and good practice of social organizations across the province. Admission is free.",
                "body": [
                    ("h2", "展厅简介"),
                    (
                        "p",
                        "展示大厅位于中心公益服务大厦二楼，面积约600平方米，通过图文展板、实物陈列和多媒体互动等方式，介绍全省社会组织的发展历程和服务成效。",
                    ),
                    ("h2", "展示内容"),
                    (
                        "list",
                        [
                            "社会组织发展历程与政策沿革",
                            "各领域优秀社会组织和品牌公益项目",
                            "孵化中心出壳组织成长故事",
                            "志愿服务和家庭建设典型案例",
                        ],
                    ),
                    ("h2", "参观预约"),
                    (
                        "p",
                        "展厅开放时间为周二至周六上午9:30-12:00、下午14:30-17:00。个人参观可直接前往；10人以上团体请提前3个工作日致电综合部预约，中心可安排讲解服务。",
                    ),
                    (
                        "callout",
                        "社会组织如有优秀项目希望在展厅展示，可向孵化培育部提出申请，经评审后纳入年度展示计划。",
                    ),
                ],
                "body_en": [
                    ("h2", "About the hall"),
                    (
                        "p",
                        "The Exhibition Hall is on the second floor of the Center's Public Service Building and covers about 600 square metres. Through illustrated panels, exhibits and interactive multimedia, it tells the story of social organizations in the province and what they have achieved.",
                    ),
                    ("h2", "What is on display"),
                    (
                        "list",
                        [
                            "The development of social organizations and how policy has evolved",
                            "Outstanding social organizations and flagship charity projects in various fields",
                            "Stories of organizations that have graduated from the Incubation Center",
                            "Case studies in volunteering and family development",
                        ],
                    ),
                    ("h2", "Planning a visit"),
                    (
                        "p",
                        "The hall is open Tuesday to Saturday, 9:30-12:00 and 14:30-17:00. Individual visitors may simply drop in. Groups of 10 or more should book by phone with the General Affairs Department at least 3 working days in advance; a guided tour can be arranged.",
                    ),
                    (
                        "callout",
                        "Social organizations that would like an outstanding project to be exhibited can apply to the Incubation and Development Department. Selected projects are included in the annual exhibition plan.",
                    ),
                ],
                "children": [],
            },
        ],
    },
    # ---------------------------------------------------------------- family
    {
        "slug": "family",
        "title": "家庭建设",
        "title_en": "Family Development",
        "intro": "以家风建设和家庭关系调解为重点，促进家庭和谐与社区和睦。",
        "intro_en": "Promoting harmonious families and communities, with a focus on family values and family mediation.",
        "body": [
            ("p", "家庭建设板块联合社区和专业社会组织，开展家风家教宣传、家庭教育指导和家庭关系调解服务。"),
            ("p", "有关活动安排将在服务动态和服务公告栏目发布，欢迎关注参与。"),
        ],
        "body_en": [
            (
                "p",
                "Working with communities and specialist social organizations, we promote good family values and upbringing, offer parenting guidance and provide family mediation.",
            ),
            ("p", "Upcoming activities are announced under News and Notices. Everyone is welcome to take part."),
        ],
        "children": [
            {
                "slug": "family-values",
                "title": "家风建设",
                "title_en": "Family Values",
                "intro": "通过讲座、主题活动和家风故事征集，倡导尊老爱幼、夫妻和睦、勤俭持家的良好家风。",
                "intro_en": "Talks, themed events and family story collections that encourage respect for elders, care for children, harmony between spouses and thrift in the home.",
                "body": [
                    ("h2", "工作内容"),
                    (
                        "p",
                        "中心联合社区和社会组织，常态化开展家风家教宣传活动，引导家庭成员传承中华优秀传统美德，形成爱国爱家、相亲相爱、向上向善、共建共享的家庭文明新风尚。",
                    ),
                    (
                        "list",
                        [
                            "举办家庭教育讲座和亲子阅读活动",
                            "开展“好家风好家训”故事征集和分享活动",
                            "组织社区邻里节、家庭志愿服务等主题活动",
                            "为社区开展家风建设提供活动方案和宣传资料",
                        ],
                    ),
                    ("h2", "参与方式"),
                    (
                        "p",
                        "社区、学校和社会组织可向中心申请联合举办家风建设活动，中心可提供讲师、活动指导和宣传物料支持。家庭和个人可关注服务公告，报名参加各类活动。",
                    ),
                    ("callout", "中心每年举办“好家风故事”征集活动，征集通知将在服务公告栏目发布，欢迎踊跃投稿。"),
                ],
                "body_en": [
                    ("h2", "What we do"),
                    (
                        "p",
                        "Together with communities and social organizations, the Center runs regular activities on family values and upbringing, encouraging families to carry on the best of Chinese traditional virtues and to build a family culture of loving one's country and home, mutual affection, self-improvement and kindness, and shared contribution.",
                    ),
                    (
                        "list",
                        [
                            "Parenting talks and parent-child reading sessions",
                            "Collecting and sharing stories about good family traditions and family mottos",
                            "Themed events such as community neighbourhood festivals and family volunteering",
                            "Activity plans and publicity materials for communities working on family values",
                        ],
                    ),
                    ("h2", "How to take part"),
                    (
                        "p",
                        "Communities, schools and social organizations can apply to co-host family values activities with the Center, which can provide speakers, guidance and publicity materials. Families and individuals can sign up for activities announced under Notices.",
                    ),
                    (
                        "callout",
                        "Each year the Center runs a 'Good Family Stories' collection. The call for entries is published under Notices, and all contributions are welcome.",
                    ),
                ],
                "children": [],
            },
            {
                "slug": "mediation",
                "title": "关系调解",
                "title_en": "Family Mediation",
                "intro": "中心为群众提供免费的家庭关系调解服务，由专业调解员和社会工作者帮助家庭成员沟通协商、化解矛盾。",
                "intro_en": "The Center offers free family mediation, in which trained mediators and social workers help family members talk things through and resolve conflicts.",
                "body": [
                    ("h2", "受理范围"),
                    (
                        "list",
                        [
                            "夫妻之间因沟通、家务分担、子女抚养等产生的矛盾",
                            "父母与成年子女之间的赡养问题和代际矛盾",
                            "因子女教育方式分歧引发的家庭矛盾",
                            "兄弟姐妹之间因照料老人等事项产生的一般纠纷",
                        ],
                    ),
                    ("h2", "预约方式"),
                    (
                        "list",
                        [
                            "电话预约：工作时间拨打家庭服务热线020-8600 1205",
                            "现场预约：到中心一楼服务大厅登记",
                            "调解一般在预约后5个工作日内安排，双方当事人均须自愿参加",
                        ],
                    ),
                    ("h2", "服务说明"),
                    (
                        "p",
                        "调解遵循自愿、平等、保密的原则，由调解员以中立立场帮助各方梳理问题、表达诉求，促成达成共识。调解不影响当事人依法通过诉讼等途径维护自身权益；涉及离婚、财产分割等法律问题的，中心可提供法律咨询指引。",
                    ),
                    ("callout", "家庭关系调解服务完全免费。如遇家庭暴力或人身安全受到威胁，请立即拨打110报警。"),
                ],
                "body_en": [
                    ("h2", "What we can help with"),
                    (
                        "list",
                        [
                            "Conflicts between spouses over communication, sharing housework, raising children and similar issues",
                            "Disputes between parents and adult children over elder support, and conflicts between generations",
                            "Family conflicts arising from disagreements about how to bring up children",
                            "General disputes between siblings, for example over caring for elderly parents",
                        ],
                    ),
                    ("h2", "How to book"),
                    (
                        "list",
                        [
                            "By phone: call the family services hotline on 020-8600 1205 during office hours",
                            "In person: register at the service hall on the ground floor of the Center",
                            "Mediation is usually arranged within 5 working days of booking, and all parties must take part voluntarily",
                        ],
                    ),
                    ("h2", "How it works"),
                    (
                        "p",
                        "Mediation is voluntary, equal and confidential. A neutral mediator helps each party set out the issues and say what they need, and works towards an agreement. Mediation does not affect anyone's right to protect their interests through the courts or other legal means. Where legal questions such as divorce or division of property are involved, the Center can point you to legal advice.",
                    ),
                    (
                        "callout",
                        "Family mediation is completely free. In cases of domestic violence or any threat to personal safety, call the police on 110 immediately.",
                    ),
                ],
                "children": [],
            },
        ],
    },
    # ----------------------------------------------------------- service-map
    {
        "slug": "service-map",
        "type": "guides.ServiceMapPage",
        "title": "服务地图",
        "title_en": "Service Map",
        "intro": "在地图上查询全省社会组织服务平台、孵化基地和社区服务站点的位置与联系方式。",
        "intro_en": "Find the locations and contact details of social organization service platforms, incubation bases and community service points across the province.",
        "body": [
            (
                "p",
                "服务地图标注各地社会组织服务中心、孵化基地、社区社会组织服务站等服务点位，可按地区和服务类型筛选，查看地址、开放时间和联系电话。",
            ),
            ("p", "点位信息如有变化，欢迎通过中心服务热线反馈，我们将及时核实更新。"),
        ],
        "body_en": [
            (
                "p",
                "The map shows local social organization service centers, incubation bases, community social organization service stations and other service points. You can filter by area and type of service and see each location's address, opening hours and phone number.",
            ),
            (
                "p",
                "If any details have changed, please let us know through the Center's service hotline and we will check and update them promptly.",
            ),
        ],
        "children": [],
    },
    # --------------------------------------------------------------- charity
    {
        "slug": "charity",
        "title": "招善引慈",
        "title_en": "Charitable Giving",
        "intro": "搭建公开透明的爱心捐赠渠道，引导社会力量参与公益慈善事业。",
        "intro_en": "An open and transparent channel for donations, encouraging everyone to take part in charity and public-benefit work.",
        "body": [
            (
                "p",
                "招善引慈板块包括捐赠窗口和捐赠者两个栏目，介绍捐赠方式、票据办理和捐赠款物使用情况，并向爱心单位和个人致以感谢。",
            ),
            ("p", "中心严格按照捐赠人意愿和有关规定使用捐赠款物，接受社会监督。"),
        ],
        "body_en": [
            (
                "p",
                "This section has two parts, Donate and Donors. It explains how to donate, how receipts are issued and how donations are used, and thanks the organizations and individuals who give.",
            ),
            (
                "p",
                "The Center uses all donated money and goods strictly in accordance with donors' wishes and the relevant regulations, and is open to public scrutiny.",
            ),
        ],
        "children": [
            {
                "slug": "donate",
                "title": "捐赠窗口",
                "title_en": "Donate",
                "intro": "欢迎爱心单位和个人通过银行转账或物资捐赠支持公益事业，中心依法出具捐赠票据，并公开款物使用情况。",
                "intro_en": "Organizations and individuals can support public-benefit work by bank transfer or by donating goods. The Center issues donation receipts in accordance with the law and publishes how donations are used.",
                "body": [
                    ("h2", "捐赠方式"),
                    (
                        "p",
                        "资金捐赠请通过银行转账汇入中心对公账户，并在附言中注明“捐赠”、捐赠人名称及定向用途（如有）。",
                    ),
                    (
                        "table",
                        [
                            ["项目", "信息"],
                            ["户名", "省社会组织服务中心"],
                            ["开户银行", "示例银行广州天河支行"],
                            ["账号", "4400 0000 0000 0000 0001"],
                        ],
                    ),
                    (
                        "p",
                        "物资捐赠：中心接收图书、文具、适老化用品、防暑防寒物资等全新或状况良好的物资。捐赠前请致电020-8600 1201（综合部）说明物资种类和数量，确认后送至中心或预约上门接收。食品、药品须在保质期内，暂不接收二手衣物。",
                    ),
                    ("h2", "捐赠票据与信息公开"),
                    (
                        "p",
                        "中心在收到捐赠款物后15个工作日内开具公益事业捐赠票据，捐赠人可凭票据依法申请税前扣除。捐赠款物的接收和使用情况每季度在本网站公示。",
                    ),
                    (
                        "callout",
                        "谨防诈骗：中心只通过上述对公账户接收捐赠，从不通过个人账户、私人转账或不明链接、二维码募集善款。如有疑问，请致电020-8600 1201核实。",
                    ),
                ],
                "body_en": [
                    ("h2", "How to donate"),
                    (
                        "p",
                        "To donate money, please make a bank transfer to the Center's official account and write 'Donation', the donor's name and any designated purpose in the payment reference.",
                    ),
                    (
                        "table",
                        [
                            ["Item", "Details"],
                            ["Account name", "Provincial Social Organization Service Center"],
                            ["Bank", "Example Bank, Guangzhou Tianhe Branch"],
                            ["Account number", "4400 0000 0000 0000 0001"],
                        ],
                    ),
                    (
                        "p",
                        "Donations in kind: the Center accepts new or good-condition books, stationery, aids for older people, and supplies for hot and cold weather. Before donating, please call 020-8600 1201 (General Affairs Department) to tell us what you wish to give and how much. Once confirmed, you can bring the items to the Center or book a collection. Food and medicine must be within their expiry dates, and we cannot currently accept second-hand clothing.",
                    ),
                    ("h2", "Receipts and disclosure"),
                    (
                        "p",
                        "The Center issues a public-benefit donation receipt within 15 working days of receiving a donation; donors can use it to claim tax deductions as permitted by law. Donations received and how they were used are published on this website every quarter.",
                    ),
                    (
                        "callout",
                        "Beware of fraud: the Center accepts donations only through the official account above. We never raise funds through personal accounts, private transfers, or unknown links or QR codes. If in doubt, call 020-8600 1201 to check.",
                    ),
                ],
                "children": [],
            },
            {
                "slug": "donors",
                "type": "orgdirectory.DonorsPage",
                "title": "捐赠者",
                "title_en": "Donors",
                "intro": "感谢每一位支持公益事业的爱心单位和个人。",
                "intro_en": "Our thanks to every organization and individual who supports public-benefit work.",
                "body": [
                    ("p", "本栏目公示中心接收的捐赠信息，包括捐赠者名称、捐赠日期、款物数量和定向用途，接受社会监督。"),
                    ("p", "捐赠者不希望公开姓名或名称的，可在捐赠时说明，中心将以“爱心人士”等方式公示。"),
                ],
                "body_en": [
                    (
                        "p",
                        "This section lists donations received by the Center, including the donor's name, the date, the amount or goods given and any designated purpose, for public scrutiny.",
                    ),
                    (
                        "p",
                        "Donors who prefer not to be named can tell us when they donate, and the donation will be listed under a description such as 'a kind donor'.",
                    ),
                ],
                "children": [],
            },
        ],
    },
    {
        "slug": "sitemap",
        "type": "home.SitemapPage",
        "fields": {"show_in_menus": False},
        "title": "站点地图",
        "title_en": "Site map",
        "intro": "",
        "intro_en": "",
        "body": [],
        "body_en": [],
    },
]
