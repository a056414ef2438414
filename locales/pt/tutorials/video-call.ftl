# Pas à pas — Portuguese (European, as spoken by Portuguese people in France). Translated from French (locales/fr/tutorials/video-call.ftl).
# Draft: to be reviewed by a native speaker.
# Passo a passo: fazer uma videochamada com a família. Uma frase por linha.

video-call-title = Fazer uma videochamada com a sua família

video-call-1-title = Abrir a aplicação
video-call-1-text =
    Numa videochamada, vê a pessoa enquanto fala.
    No seu telemóvel, abra uma aplicação de videochamada.
    Uma aplicação é um programa no seu telemóvel.
    Escolha uma aplicação que a sua família também usa, por exemplo o WhatsApp.
    Toque na imagem dela para a abrir.
video-call-1-image = Quatro quadrados, como as aplicações de um telemóvel.
video-call-1-caution = Se puder, use o Wi-Fi, porque uma videochamada gasta muita internet.

video-call-2-title = Escolher a pessoa
video-call-2-text =
    Procure a lista dos seus contactos.
    Os contactos são as pessoas com o número guardado no seu telemóvel.
    Toque no nome da pessoa a quem quer telefonar.
video-call-2-image = Uma agenda de contactos.
video-call-2-tip = Também pode procurar o nome dela com a lupa.

video-call-3-title = Começar a videochamada
video-call-3-text =
    Procure o botão com uma pequena câmara.
    Toque nesse botão.
    O telemóvel liga para a pessoa.
    Espere que ela atenda.
video-call-3-image =
    Um telemóvel mostra uma pessoa e dois botões.
    O botão com uma pequena câmara está marcado com um círculo.
video-call-3-tip = O botão com a forma de um telefone faz uma chamada sem imagem.

video-call-4-title = Pôr-se numa boa posição
video-call-4-text =
    Segure o telemóvel à frente da sua cara.
    A sua imagem aparece numa pequena janela.
    Fique de frente para a luz, por exemplo de frente para uma janela.
    De costas para a janela, a sua cara não se vê bem.
    Fale normalmente, porque o telemóvel ouve bem.
video-call-4-image = Uma máquina fotográfica com uma cara sorridente.
video-call-4-tip = Encoste o telemóvel a um objeto para descansar o braço.

video-call-5-title = Desligar
video-call-5-text =
    Para acabar a chamada, procure o botão vermelho.
    Toque no botão vermelho.
    A chamada terminou.
video-call-5-image = Um telemóvel com uma cruz.
video-call-5-tip = Quando a sua família lhe telefonar, toque ou deslize o botão verde para atender.

video-call-6-title = Muito bem!
video-call-6-text =
    Já sabe fazer uma videochamada.
    Abra a aplicação e depois escolha a pessoa.
    Toque na câmara para telefonar.
    O botão vermelho acaba a chamada.
    Pode ver a sua família e os amigos, mesmo quando estão longe.
video-call-6-image = Um grupo de pessoas.
