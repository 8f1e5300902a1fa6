"""What both faces ask of the machine: where files live, the user's settings, importing many
files into a store, and the demo store. The steps here combine the importers and the store;
they never import the app or the command line.
"""
