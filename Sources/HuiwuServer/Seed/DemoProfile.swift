import HuiwuCore

/// The demo organisation as each shipped regulation describes it (R2.1, R3.1, X1): the working
/// departments its articles name, the positions of the nine demo people there (their log-ins
/// stay the same under every rulebook), the people its approval chains and meeting types ask
/// for, so that a leave request reaches a real person and not the administrator, and only its
/// own meeting types (a company is never offered a school's class meeting).
struct DemoProfile {
    var rulebook: String
    /// Stand in for A1's 销售部, 财务部, 人力资源部 and 技术部, in that order.
    var departments: [String]
    /// Department (one of `departments`, or 行政部) and position of a demo person, by username.
    var placed: [String: (department: String, position: String)]
    /// The people the regulation's chains and meeting types need besides the nine.
    var extra: [DemoData.DemoPerson]
    /// The title of the demo's past meetings when the regulation defines no meeting type.
    var routineTitle: String

    /// The regulation's own meeting types among the shipped templates (`a3.` for A3).
    func owns(_ template: MeetingTemplate) -> Bool { template.code.hasPrefix(rulebook.lowercased() + ".") }

    /// Where A1's departments are in this organisation.
    func department(_ a1Name: String?) -> String? {
        guard let a1Name, let i = DemoProfile.a1.departments.firstIndex(of: a1Name) else { return a1Name }
        return departments[i]
    }

    static func named(_ rulebook: String) -> DemoProfile {
        [a2, a3, a4, a5].first { $0.rulebook == rulebook } ?? a1
    }

    static let a1 = DemoProfile(
        rulebook: "A1", departments: ["销售部", "财务部", "人力资源部", "技术部"], placed: [:], extra: [],
        routineTitle: "销售部周例会")

    /// A school's student-affairs office (A2): its meetings name 学工部负责人, 辅导员, 学生干部 ….
    static let a2 = DemoProfile(
        rulebook: "A2", departments: ["学生工作处", "教务处", "保卫处", "经济管理学院"],
        placed: [
            "zhangwei": ("学生工作处", "学工部负责人"), "liuyang": ("经济管理学院", "辅导员"),
            "chenjing": ("学生工作处", "学工部工作人员"), "zhaolei": ("保卫处", "保卫处负责人"),
            "huangmin": ("经济管理学院", "辅导员"),
        ],
        extra: [
            DemoData.DemoPerson(
                username: "zhoumin", name: "周敏", role: .departmentHead, department: "学生工作处", position: "分管学生工作负责人"),
            DemoData.DemoPerson(username: "lixiao", name: "李晓", role: .staff, department: "经济管理学院", position: "学生干部"),
        ],
        routineTitle: "学生工作例会")

    /// A customer-service centre (A3): leave goes to the 客服经理, then the 总经理 (A3 一.2).
    static let a3 = DemoProfile(
        rulebook: "A3", departments: ["客服中心", "投诉处理组", "订单处理组", "质检培训组"],
        placed: [
            "zhangwei": ("客服中心", "班长"), "liuyang": ("客服中心", "业务代表"), "chenjing": ("订单处理组", "业务代表"),
            "zhaolei": ("质检培训组", "客服中心主任"), "huangmin": ("投诉处理组", "业务代表"),
        ],
        extra: [
            DemoData.DemoPerson(username: "zhoujie", name: "周杰", role: .departmentHead, department: "客服中心", position: "客服经理"),
            DemoData.DemoPerson(username: "wugang", name: "吴刚", role: .departmentHead, department: "行政部", position: "总经理"),
        ],
        routineTitle: "班务会")

    /// An office with an information centre (A4).
    static let a4 = DemoProfile(
        rulebook: "A4", departments: ["综合科", "财务科", "人事科", "业务科"],
        placed: [
            "zhangwei": ("业务科", "业务科科长"), "liuyang": ("业务科", "科员"), "chenjing": ("财务科", "会计"),
            "zhaolei": ("综合科", "综合科科长"), "huangmin": ("人事科", "人事专员"),
        ],
        extra: [], routineTitle: "科务会")

    /// A restaurant's general manager's office (A5): department heads and 分部主管 meet.
    static let a5 = DemoProfile(
        rulebook: "A5", departments: ["餐饮部", "财务部", "人力资源部", "工程部"],
        placed: [
            "zhangwei": ("餐饮部", "餐饮部经理"), "liuyang": ("餐饮部", "服务员"), "chenjing": ("财务部", "财务部负责人"),
            "zhaolei": ("工程部", "工程部技术负责人"), "huangmin": ("人力资源部", "人力资源部负责人"),
        ],
        extra: [
            DemoData.DemoPerson(username: "linfeng", name: "林峰", role: .departmentHead, department: "餐饮部", position: "分部主管")
        ],
        routineTitle: "例会")
}
