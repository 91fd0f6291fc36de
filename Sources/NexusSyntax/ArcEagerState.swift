import NexusLearning

/// A configuration of the arc-eager transition system (Nivre 2003, 2008) with the artificial
/// root at the end of the buffer (Ballesteros & Nivre 2013, "Going to the roots of dependency
/// parsing"): words are 0..<n, the root is n; the stack starts empty and the buffer holds 0...n.
///
/// Transitions (class numbering in ``ArcEagerTransition``):
/// - SHIFT pushes the buffer front b (not the root);
/// - REDUCE pops s0, which must have a head;
/// - LEFT-l makes b the head of s0 (which must have none) with relation l, and pops s0;
///   when b is the root, l must be `root`, and only then;
/// - RIGHT-l makes s0 the head of b (not the root) with relation l, and pushes b.
/// The parse ends when the buffer holds only the root and the stack is empty; every word then
/// has a head, so every sentence yields a tree.
///
/// UNSHIFT (``unshift()``, the tree constraint of Nivre & Fernández-González 2014, "Arc-eager
/// Parsing with the Tree Constraint", Computational Linguistics 40(2)) is no class of the
/// classifier: once the buffer holds only the root, a stack top without a head that is not the
/// stack's last word is put back in front of the root, and from then on SHIFT is allowed only
/// onto an empty stack, so the word is attached by the arcs to the words left of it instead of
/// becoming a second root.
public struct ArcEagerState: Sendable {
    public let count: Int
    public private(set) var stack: [Int32] = []
    /// The next word the buffer has not yet given out (n = the root).
    private var next: Int = 0
    /// A word put back by UNSHIFT, in front of the root (−1: none).
    private var unshifted: Int = -1
    /// Whether an UNSHIFT has happened: SHIFT then only onto an empty stack.
    private var ending = false
    /// The buffer front (n = the root).
    public var front: Int { unshifted >= 0 ? unshifted : next }
    public private(set) var heads: [Int32]
    public private(set) var labels: [Int32]
    /// Leftmost and second-leftmost, rightmost and second-rightmost dependents (−1 = none).
    private(set) var left1: [Int32], left2: [Int32], right1: [Int32], right2: [Int32]
    private(set) var leftCount: [UInt8], rightCount: [UInt8]
    /// Relations of the left and right dependents, as bit sets over relation indices (< 64).
    private(set) var leftLabels: [UInt64], rightLabels: [UInt64]

    public init(count n: Int) {
        count = n
        let none = [Int32](repeating: -1, count: n + 1)
        heads = none; labels = none; left1 = none; left2 = none; right1 = none; right2 = none
        leftCount = [UInt8](repeating: 0, count: n + 1)
        rightCount = leftCount
        leftLabels = [UInt64](repeating: 0, count: n + 1)
        rightLabels = leftLabels
    }

    public var isTerminal: Bool { front == count && stack.isEmpty }
    public var top: Int { stack.isEmpty ? -1 : Int(stack[stack.count - 1]) }

    public func canShift() -> Bool { front < count && (!ending || stack.isEmpty) }
    public func canReduce() -> Bool { !stack.isEmpty && heads[top] >= 0 }
    public func canLeft() -> Bool { !stack.isEmpty && heads[top] < 0 }
    public func canRight() -> Bool { !stack.isEmpty && front < count }

    public mutating func apply(_ transition: ArcEagerTransition) {
        switch transition {
        case .shift:
            stack.append(Int32(front)); advance()
        case .reduce:
            stack.removeLast()
        case .left(let label):
            let dependent = Int(stack.removeLast())
            attach(dependent, to: front, label: label)
        case .right(let label):
            attach(front, to: top, label: label)
            stack.append(Int32(front)); advance()
        }
    }

    /// Moves the buffer past its front word.
    private mutating func advance() {
        if unshifted >= 0 { unshifted = -1 } else { next += 1 }
    }

    /// Whether the tree constraint asks for an UNSHIFT: the buffer holds only the root and the
    /// stack top, with no head, has another word below it.
    public var canUnshift: Bool { front == count && stack.count >= 2 && heads[top] < 0 }

    /// Puts the stack top back in front of the root (``canUnshift`` must hold).
    public mutating func unshift() {
        precondition(canUnshift)
        unshifted = Int(stack.removeLast())
        ending = true
    }

    private mutating func attach(_ dependent: Int, to head: Int, label: Int) {
        heads[dependent] = Int32(head)
        labels[dependent] = Int32(label)
        let bit: UInt64 = label < 64 ? 1 << UInt64(label) : 0
        if dependent < head {
            if left1[head] < 0 || dependent < left1[head] { left2[head] = left1[head]; left1[head] = Int32(dependent) }
            else if left2[head] < 0 || dependent < left2[head] { left2[head] = Int32(dependent) }
            leftCount[head] &+= leftCount[head] < 255 ? 1 : 0
            leftLabels[head] |= bit
        } else {
            if right1[head] < 0 || dependent > right1[head] { right2[head] = right1[head]; right1[head] = Int32(dependent) }
            else if right2[head] < 0 || dependent > right2[head] { right2[head] = Int32(dependent) }
            rightCount[head] &+= rightCount[head] < 255 ? 1 : 0
            rightLabels[head] |= bit
        }
    }
}

/// An arc-eager transition; `left`/`right` carry the relation index.
public enum ArcEagerTransition: Sendable, Equatable, Hashable {
    case shift, reduce, left(Int), right(Int)

    /// Classes: 0 SHIFT, 1 REDUCE, 2 + 2l LEFT-l, 3 + 2l RIGHT-l.
    public init(classIndex k: Int) {
        switch k {
        case 0: self = .shift
        case 1: self = .reduce
        default: self = k % 2 == 0 ? .left((k - 2) / 2) : .right((k - 3) / 2)
        }
    }

    public var classIndex: Int {
        switch self {
        case .shift: return 0
        case .reduce: return 1
        case .left(let l): return 2 + 2 * l
        case .right(let l): return 3 + 2 * l
        }
    }

    public static func classCount(labels: Int) -> Int { 2 + 2 * labels }
}
