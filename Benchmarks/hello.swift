// The floor: the start-up of a static Swift program that does nothing but print.
print("hello")
