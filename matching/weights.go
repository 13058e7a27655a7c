package matching

// Weights are the points each part of a match is worth. They are the only
// place where the score's balance is set; docs/matching.md explains them.
// The defaults add up to 100 for a perfect match.
type Weights struct {
	// Specialty: the best pair of the two sides' specialties counts.
	SpecialtySame    int // the same canonical specialty
	SpecialtyBroad   int // 総合診療科 or 内科 on one side, the other in 内科系
	SpecialtyGroup   int // the same group (内科系, 外科系, その他)
	SpecialtyGeneral int // 総合診療科 or 内科 on one side, the other in another group
	SpecialtyUnknown int // one side states no specialty

	// Place: the best pair of the two sides' prefectures counts.
	PlaceSame       int // the same prefecture
	PlaceNeighbor   int // prefectures sharing a land border
	PlaceNationwide int // one side accepts 全国
	PlaceRegion     int // the same region (地方)
	PlaceUnknown    int // one side states no place

	// Employment: full_time > part_time > spot. A side that wants less than
	// the post asks for is not suggested at all.
	EmploymentSame    int // a term both sides name
	EmploymentMore    int // the physician would do more than the post asks
	EmploymentUnknown int // one side states no term

	// Start: months between the two wished-for starts.
	StartNear       int // within StartNearMonths
	StartSoon       int // within StartSoonMonths
	StartUnknown    int // one side states no start
	StartNearMonths int
	StartSoonMonths int

	// Days per week.
	DaysEnough  int // the physician offers at least the days the post asks
	DaysUnknown int // one side states no number
}

// DefaultWeights returns the weights used by the service. The specialty
// weighs most: a physician can move, but cannot fill a post of another
// specialty, so the same specialty far away ranks above a merely related
// one next door.
func DefaultWeights() Weights {
	return Weights{
		SpecialtySame:    45,
		SpecialtyBroad:   30,
		SpecialtyGroup:   12,
		SpecialtyGeneral: 10,
		SpecialtyUnknown: 10,

		PlaceSame:       25,
		PlaceNeighbor:   18,
		PlaceNationwide: 16,
		PlaceRegion:     8,
		PlaceUnknown:    5,

		EmploymentSame:    15,
		EmploymentMore:    8,
		EmploymentUnknown: 6,

		StartNear:       10,
		StartSoon:       5,
		StartUnknown:    4,
		StartNearMonths: 2,
		StartSoonMonths: 6,

		DaysEnough:  5,
		DaysUnknown: 2,
	}
}

// Max returns the score of a perfect match.
func (w Weights) Max() int {
	return w.SpecialtySame + w.PlaceSame + w.EmploymentSame + w.StartNear + w.DaysEnough
}
