import Testing
@testable import NexusExport

@Suite struct ExportNumberTests {
    @Test(arguments: [
        (436_000_000.0, "436000000"),
        (0.0, "0"),
        (-0.0, "0"),
        (-3.0, "-3"),
        (0.25, "0.25"),
        (0.1, "0.1"),
        (1e-7, "1e-07"),
        (9_007_199_254_740_992.0, "9007199254740992"),
        (123_456_789_012_345_678.0, "123456789012345680"),
        (1e18, "1e+18"),
        (1.5e300, "1.5e+300"),
    ])
    func formats(value: Double, expected: String) {
        #expect(ExportNumber.format(value) == expected)
    }

    @Test func nonFiniteValuesAreNullAndNotWritable() {
        #expect(ExportNumber.format(.nan) == "null")
        #expect(ExportNumber.format(.infinity) == "null")
        #expect(!ExportNumber.isWritable(-.infinity))
        #expect(ExportNumber.isWritable(2))
    }

    @Test func nonIntegersReadBackExactly() {
        for value in [0.1, 1.0 / 3.0, 2.5e-12, 123_456.789] {
            #expect(Double(ExportNumber.format(value)) == value)
        }
    }
}
