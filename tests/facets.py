"""Facet counts as tests compare them: {facet parameter: {option value: count}}."""


def facet_counts(states, nonzero=False):
    """The counts of each facet's options in `states` (FacetState list), the zeros left out if `nonzero`."""
    return {state.facet.param: {o.value: o.count for o in state.options if o.count or not nonzero} for state in states}
