import os
import sys

# Lets test modules import the shared helpers beside them (server_process).
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
