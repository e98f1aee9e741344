"""The ACH room: the matrix editor of Analyses of Competing Hypotheses."""
